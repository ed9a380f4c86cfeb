package uk.saferhub.meetings.web;

import java.util.List;
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

import uk.saferhub.meetings.internal.ActionDetail;
import uk.saferhub.meetings.internal.ActionFilter;
import uk.saferhub.meetings.internal.ActionLogEntry;
import uk.saferhub.meetings.internal.ActionStatus;
import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.meetings.web.PeopleNames.Names;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.DisplayTime;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;
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
    private final MeetingsText text;
    private final FormPost post;

    ActionLogController(Meetings meetings, MeetingRecorder recorder, Partnership partnership, PeopleNames names,
            MeetingsText text, FormPost post) {
        this.meetings = meetings;
        this.recorder = recorder;
        this.partnership = partnership;
        this.names = names;
        this.text = text;
        this.post = post;
    }

    /** A line of the log with its owner's name. */
    record LogRow(ActionLogEntry entry, String owner, String meetingDay) {
    }

    /** A progress note as shown: when (UK time), by whom, the status it left and the note. */
    record UpdateRow(String at, String author, ActionStatus status, String note) {
    }

    /**
     * The filters are links and a form of choices, so text that is not one of them is ignored rather than refused:
     * the log is then shown unfiltered by it.
     */
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/actions")
    String log(Actor actor, @RequestParam(required = false) String status, @RequestParam(required = false) String body,
            @RequestParam(required = false) String owner, @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request, Model model) {
        String state = status != null && ActionFilter.STATES.contains(status) ? status : null;
        UUID bodyUuid = uuidOrNull(body);
        BodyId bodyId = bodyUuid == null ? null : BodyId.of(bodyUuid);
        UUID ownerId = uuidOrNull(owner);
        List<ActionLogEntry> all = meetings.actions(actor, new ActionFilter(state, bodyId, ownerId));
        int overdue = meetings.actions(actor, new ActionFilter("overdue", bodyId, null)).size();
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        Names people = names.people(actor);
        Names organisations = names.organisations(actor);
        model.addAttribute("rows", all.subList((current - 1) * PAGE_SIZE, Math.min(current * PAGE_SIZE, all.size()))
                .stream().map(entry -> new LogRow(entry, MeetingPage.ownerOf(entry.action(), people, organisations),
                        MeetingsText.shortDay(entry.meeting().start()))).toList());
        model.addAttribute("total", all.size());
        model.addAttribute("overdue", overdue);
        model.addAttribute("status", state == null ? "" : state);
        model.addAttribute("body", bodyId == null ? "" : bodyId.toString());
        model.addAttribute("owner", ownerId == null ? "" : ownerId.toString());
        model.addAttribute("ownerPeople", people.options());
        model.addAttribute("ownerOrganisations", organisations.options());
        model.addAttribute("bodies", partnership.bodies(actor).stream()
                .map(b -> Option.of(b.id().value(), b.name())).toList());
        model.addAttribute("states", List.of(new Option("", text.text("meetings.actions.state.all")),
                new Option("open", text.text("meetings.actions.state.open")),
                new Option("overdue", text.text("meetings.actions.state.overdue")),
                new Option("closed", text.text("meetings.actions.state.closed"))));
        model.addAttribute("pagination", Pagination.keepingParameters("/actions", request.getParameterMap(),
                current, pages));
        return "meetings/actions";
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/actions/{id}")
    String action(Actor actor, @PathVariable UUID id, Model model) {
        ActionDetail detail = meetings.action(actor, id);
        model.addAttribute("actionUpdateForm", ActionUpdateForm.of(detail.action().status()));
        return page(model, actor, detail);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/actions/{id}/updates")
    String update(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("actionUpdateForm") ActionUpdateForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        ActionDetail detail = meetings.action(actor, id);
        if (!detail.mayEdit()) {
            throw new RecordNotFoundException("action", id);
        }
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            recorder.updateAction(actor, id, form.status(), form.note());
            return Done.redirect("/actions/" + id, "meetings.actionUpdate.saved", detail.action().number(),
                    text.label(form.status()).toLowerCase(java.util.Locale.UK));
        }, () -> page(model, actor, detail));
    }

    private String page(Model model, Actor actor, ActionDetail detail) {
        model.addAttribute("detail", detail);
        model.addAttribute("caption", text.text("meetings.action.caption", detail.body().name(),
                MeetingsText.shortDay(detail.meeting().start())));
        model.addAttribute("updates", detail.updates().stream().map(update -> new UpdateRow(
                DisplayTime.of(update.writtenAt(), ""), update.author(), update.status(), update.note())).toList());
        model.addAttribute("meetingWhen", text.when(detail.meeting()));
        model.addAttribute("owner", MeetingPage.ownerOf(detail.action(), names.people(actor),
                names.organisations(actor)));
        model.addAttribute("statuses", text.options(ActionStatus.values()));
        return "meetings/action";
    }

    /** An id from a filter's link, or null when there is none or it is not an id. */
    private static UUID uuidOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
