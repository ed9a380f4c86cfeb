package uk.saferhub.meetings.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.meetings.Attendance;
import uk.saferhub.meetings.AttendanceStatus;
import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.MeetingView;
import uk.saferhub.meetings.MeetingsChangeRefused;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/**
 * Recording who came to a meeting: a row per member of the body on the meeting's day and rows for other attendees
 * and substitutes; saving replaces what was recorded. Coordinators of the body.
 */
@Controller
class AttendanceFormController {

    private final MeetingRecording pages;
    private final MeetingRecorder recorder;
    private final Partnership partnership;
    private final PeopleNames names;

    AttendanceFormController(MeetingRecording pages, MeetingRecorder recorder, Partnership partnership,
            PeopleNames names) {
        this.pages = pages;
        this.recorder = recorder;
        this.partnership = partnership;
        this.names = names;
    }

    /** A member of the body with their role, as a row of the form. */
    record MemberRow(String personId, String name, String role) {
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/meetings/{id}/attendance")
    String attendance(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.require();
        MeetingView view = pages.editable(actor, id);
        List<MemberRow> members = members(actor, view);
        model.addAttribute("attendanceForm", AttendanceForm.of(view.attendance(), members.stream()
                .map(row -> UUID.fromString(row.personId())).collect(Collectors.toSet())));
        return form(model, actor, view, members, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/attendance")
    String record(@PathVariable UUID id, @ModelAttribute("attendanceForm") AttendanceForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        MeetingView view = pages.editable(actor, id);
        List<MemberRow> members = members(actor, view);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                recorder.recordAttendance(actor, id, form.attendance(id, members.stream()
                        .map(row -> UUID.fromString(row.personId())).toList()));
                redirect.addFlashAttribute("success", "Attendance recorded");
                return "redirect:/meetings/" + id + "#attendance";
            } catch (MeetingsChangeRefused refused) {
                MeetingRecording.reject(errors, refused, Map.of("attendance", ""));
            }
        }
        form.pad();
        return form(model, actor, view, members, true);
    }

    /** The people holding a seat on the body on the meeting's day, by name, each once. */
    private List<MemberRow> members(Actor actor, MeetingView view) {
        LocalDate day = view.meeting().start().toLocalDate();
        Map<UUID, String> people = names.people(actor);
        Map<UUID, MemberRow> rows = new LinkedHashMap<>();
        for (Membership seat : partnership.membersOf(view.body().id())) {
            if (seat.currentOn(day)) {
                rows.putIfAbsent(seat.personId(), new MemberRow(seat.personId().toString(),
                        PeopleNames.name(people, seat.personId()), seat.role().label()));
            }
        }
        return rows.values().stream().sorted(Comparator.comparing(MemberRow::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private String form(Model model, Actor actor, MeetingView view, List<MemberRow> members, boolean withErrors) {
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + "Record attendance – "
                + MeetingRecording.caption(view));
        model.addAttribute("caption", MeetingRecording.caption(view));
        model.addAttribute("meeting", view.meeting());
        model.addAttribute("members", members);
        List<Choice> statuses = new ArrayList<>(Arrays.stream(AttendanceStatus.values())
                .map(status -> new Choice(status.name(), status.label())).toList());
        model.addAttribute("statuses", statuses);
        List<Choice> memberStatuses = new ArrayList<>(statuses);
        memberStatuses.add(new Choice("", "Not recorded"));
        model.addAttribute("memberStatuses", memberStatuses);
        List<Choice> people = new ArrayList<>(pages.people(actor));
        Map<UUID, String> known = names.people(actor);
        List<Choice> substituted = new ArrayList<>(members.stream()
                .map(row -> new Choice(row.personId(), row.name())).toList());
        Set<String> offered = people.stream().map(Choice::value).collect(Collectors.toSet());
        for (Attendance one : view.attendance()) {
            if (offered.add(one.personId().toString())) {
                people.add(new Choice(one.personId().toString(), PeopleNames.HIDDEN));
            }
            if (one.substituteForPersonId() != null && substituted.stream()
                    .noneMatch(choice -> choice.value().equals(one.substituteForPersonId().toString()))) {
                substituted.add(new Choice(one.substituteForPersonId().toString(),
                        PeopleNames.name(known, one.substituteForPersonId())));
            }
        }
        model.addAttribute("people", people);
        model.addAttribute("substituted", substituted);
        return "meetings/attendance-form";
    }
}
