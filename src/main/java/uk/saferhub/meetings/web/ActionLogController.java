package uk.saferhub.meetings.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.meetings.ActionDetail;
import uk.saferhub.meetings.ActionFilter;
import uk.saferhub.meetings.ActionLogEntry;
import uk.saferhub.meetings.ActionStatus;
import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.meetings.MeetingsChangeRefused;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.DisplayTime;
import uk.saferhub.shared.web.Pagination;

/**
 * The action log across the meetings of the bodies one may see, filtered by status and body, with the overdue count;
 * one action's page with its updates; and, for coordinators of the body, recording progress (Done closes it).
 */
@Controller
class ActionLogController {

    private static final int PAGE_SIZE = 25;

    private final Meetings meetings;
    private final MeetingRecorder recorder;
    private final Partnership partnership;
    private final PeopleNames names;

    ActionLogController(Meetings meetings, MeetingRecorder recorder, Partnership partnership, PeopleNames names) {
        this.meetings = meetings;
        this.recorder = recorder;
        this.partnership = partnership;
        this.names = names;
    }

    /** A line of the log with its owner's name. */
    record LogRow(ActionLogEntry entry, String owner, String meetingDay) {
    }

    /** A progress note as shown: when (UK time), by whom, the status it left and the note. */
    record UpdateRow(String at, String author, String status, boolean closed, String note) {
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/actions")
    String log(@RequestParam(required = false) String status, @RequestParam(required = false) String body,
            @RequestParam(required = false) String owner, @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request, Model model) {
        Actor actor = CurrentActor.require();
        String state = status != null && ActionFilter.STATES.contains(status) ? status : null;
        BodyId bodyId = MeetingRecording.isUuidOrBlank(body) && body != null && !body.isBlank()
                ? BodyId.of(UUID.fromString(body.strip())) : null;
        UUID ownerId = MeetingRecording.isUuidOrBlank(owner) && owner != null && !owner.isBlank()
                ? UUID.fromString(owner.strip()) : null;
        List<ActionLogEntry> all = meetings.actions(actor, new ActionFilter(state, bodyId, ownerId));
        int overdue = meetings.actions(actor, new ActionFilter("overdue", bodyId, null)).size();
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        Map<UUID, String> people = names.people(actor);
        Map<UUID, String> organisations = names.organisations(actor);
        model.addAttribute("rows", all.subList((current - 1) * PAGE_SIZE, Math.min(current * PAGE_SIZE, all.size()))
                .stream().map(entry -> new LogRow(entry, MeetingPage.ownerOf(entry.action(), people, organisations),
                        MeetingRecording.shortDay(entry.meeting().start()))).toList());
        model.addAttribute("total", all.size());
        model.addAttribute("overdue", overdue);
        model.addAttribute("status", state == null ? "" : state);
        model.addAttribute("body", bodyId == null ? "" : bodyId.toString());
        model.addAttribute("owner", ownerId == null ? "" : ownerId.toString());
        model.addAttribute("ownerPeople", people.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(entry -> new Choice(entry.getKey().toString(), entry.getValue())).toList());
        model.addAttribute("ownerOrganisations", organisations.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(entry -> new Choice(entry.getKey().toString(), entry.getValue())).toList());
        model.addAttribute("bodies", partnership.bodies(actor).stream()
                .map(b -> new Choice(b.id().toString(), b.name())).toList());
        model.addAttribute("states", List.of(new Choice("", "All"), new Choice("open", "Open"),
                new Choice("overdue", "Overdue"), new Choice("closed", "Closed")));
        model.addAttribute("pagination", Pagination.keepingParameters("/actions", request.getParameterMap(),
                current, pages));
        return "meetings/actions";
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/actions/{id}")
    String action(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.require();
        ActionDetail detail = meetings.action(actor, id);
        model.addAttribute("actionUpdateForm", ActionUpdateForm.of(detail.action().status()));
        return page(model, actor, detail, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/actions/{id}/updates")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("actionUpdateForm") ActionUpdateForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        ActionDetail detail = meetings.action(actor, id);
        if (!detail.mayEdit()) {
            throw new RecordNotFoundException("action", id);
        }
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                recorder.updateAction(actor, id, form.actionStatus(), form.getNote());
                redirect.addFlashAttribute("success", "Action " + detail.action().number() + " updated: "
                        + form.actionStatus().label().toLowerCase(java.util.Locale.UK));
                return "redirect:/actions/" + id;
            } catch (MeetingsChangeRefused refused) {
                MeetingRecording.reject(errors, refused, Map.of());
            }
        }
        return page(model, actor, detail, true);
    }

    private String page(Model model, Actor actor, ActionDetail detail, boolean withErrors) {
        String heading = "Action " + detail.action().number();
        String caption = detail.body().name() + ", " + MeetingRecording.shortDay(detail.meeting().start());
        model.addAttribute("detail", detail);
        model.addAttribute("heading", heading);
        model.addAttribute("caption", caption);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading + " – " + caption);
        model.addAttribute("updates", detail.updates().stream().map(update -> new UpdateRow(
                DisplayTime.of(update.writtenAt(), ""), update.author(), update.status().label(),
                update.status().closed(), update.note())).toList());
        model.addAttribute("meetingWhen", MeetingRecording.when(detail.meeting()));
        model.addAttribute("owner", MeetingPage.ownerOf(detail.action(), names.people(actor),
                names.organisations(actor)));
        model.addAttribute("statuses", Arrays.stream(ActionStatus.values())
                .map(status -> new Choice(status.name(), status.label())).toList());
        return "meetings/action";
    }
}
