package uk.saferhub.meetings.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.meetings.internal.Attendance;
import uk.saferhub.meetings.internal.AttendanceStatus;
import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.internal.MeetingView;
import uk.saferhub.meetings.web.PeopleNames.Names;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;

/**
 * Recording who came to a meeting: a row per member of the body on the meeting's day and rows for other attendees
 * and substitutes; saving replaces what was recorded. Coordinators of the body.
 */
@Controller
class AttendanceFormController {

    /** The recorder's refusals concern the attendance as a whole: shown at the top of the form. */
    private static final Map<String, String> FIELDS = Map.of("attendance", "");

    private final MeetingRecording pages;
    private final MeetingRecorder recorder;
    private final Partnership partnership;
    private final PeopleNames names;
    private final MeetingsText text;
    private final FormPost post;

    AttendanceFormController(MeetingRecording pages, MeetingRecorder recorder, Partnership partnership,
            PeopleNames names, MeetingsText text, FormPost post) {
        this.pages = pages;
        this.recorder = recorder;
        this.partnership = partnership;
        this.names = names;
        this.text = text;
        this.post = post;
    }

    /** A member of the body with their role, as a row of the form. */
    record MemberRow(UUID personId, String name, String role) {
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/meetings/{id}/attendance")
    String attendance(Actor actor, @PathVariable UUID id, Model model) {
        MeetingView view = pages.editable(actor, id);
        List<MemberRow> members = members(actor, view);
        Set<UUID> memberIds = new HashSet<>(members.stream().map(MemberRow::personId).toList());
        model.addAttribute("attendanceForm", AttendanceForm.of(view.attendance(), memberIds));
        return form(model, actor, view, members);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/meetings/{id}/attendance")
    String record(Actor actor, @PathVariable UUID id, @ModelAttribute("attendanceForm") AttendanceForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        MeetingView view = pages.editable(actor, id);
        List<MemberRow> members = members(actor, view);
        BindingResult checked = post.check(form, errors, model);
        form.check(checked);
        return post.submit(checked, redirect, FIELDS, () -> {
            recorder.recordAttendance(actor, id, form.attendance(id, members.stream().map(MemberRow::personId)
                    .toList()));
            return Done.redirect("/meetings/" + id + "#attendance", "meetings.attendance.recorded");
        }, () -> form(model, actor, view, members));
    }

    /** The people holding a seat on the body on the meeting's day, by name, each once. */
    private List<MemberRow> members(Actor actor, MeetingView view) {
        LocalDate day = view.meeting().start().toLocalDate();
        Names people = names.people(actor);
        Map<UUID, MemberRow> rows = new LinkedHashMap<>();
        for (Membership seat : partnership.membersOf(view.body().id())) {
            if (seat.currentOn(day)) {
                rows.putIfAbsent(seat.personId(), new MemberRow(seat.personId(), people.of(seat.personId()),
                        seat.role().label()));
            }
        }
        return rows.values().stream().sorted(Comparator.comparing(MemberRow::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private String form(Model model, Actor actor, MeetingView view, List<MemberRow> members) {
        model.addAttribute("caption", pages.caption(view));
        model.addAttribute("meeting", view.meeting());
        model.addAttribute("members", members);
        List<Option> statuses = text.options(AttendanceStatus.values());
        model.addAttribute("statuses", statuses);
        List<Option> memberStatuses = new ArrayList<>(statuses);
        memberStatuses.add(new Option("", text.text("meetings.attendance.notRecorded")));
        model.addAttribute("memberStatuses", memberStatuses);
        // someone recorded before whom the actor cannot see stays choosable, by the name anyone hidden has
        List<Option> people = new ArrayList<>(pages.people(actor));
        Names known = names.people(actor);
        List<Option> substituted = new ArrayList<>(members.stream()
                .map(row -> Option.of(row.personId(), row.name())).toList());
        Set<String> offered = new HashSet<>(people.stream().map(Option::value).toList());
        Set<String> substitutes = new HashSet<>(substituted.stream().map(Option::value).toList());
        for (Attendance one : view.attendance()) {
            if (offered.add(one.personId().toString())) {
                people.add(Option.of(one.personId(), names.hidden()));
            }
            UUID stoodInFor = one.substituteForPersonId();
            if (stoodInFor != null && substitutes.add(stoodInFor.toString())) {
                substituted.add(Option.of(stoodInFor, known.of(stoodInFor)));
            }
        }
        model.addAttribute("people", people);
        model.addAttribute("substituted", substituted);
        return "meetings/attendance-form";
    }
}
