package uk.saferhub.meetings.web;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.meetings.internal.Cadence;
import uk.saferhub.meetings.internal.CadenceKind;
import uk.saferhub.meetings.internal.CadenceMonth;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.meetings.internal.ScheduleChange;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;

/** Setting how often a body meets, which regenerates its coming meetings: coordinators of the body's partnership. */
@Controller
class CadenceFormController {

    private final Meetings meetings;
    private final MeetingScheduler scheduler;
    private final Partnership partnership;
    private final MeetingsText text;
    private final FormPost post;

    CadenceFormController(Meetings meetings, MeetingScheduler scheduler, Partnership partnership, MeetingsText text,
            FormPost post) {
        this.meetings = meetings;
        this.scheduler = scheduler;
        this.partnership = partnership;
        this.text = text;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/partnership/bodies/{id}/cadence")
    String form(Actor actor, @PathVariable BodyId id, Model model) {
        Body body = editable(actor, id);
        CadenceForm form = meetings.cadence(actor, body.id()).map(CadenceForm::of).orElseGet(CadenceForm::empty);
        model.addAttribute("cadenceForm", form);
        return page(model, body, form);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/partnership/bodies/{id}/cadence")
    String save(Actor actor, @PathVariable BodyId id, @Valid @ModelAttribute("cadenceForm") CadenceForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Body body = editable(actor, id);
        BindingResult checked = post.checkOnly(form, errors, model, form::reads);
        form.check(checked);
        return post.submit(checked, redirect, form.refusalFields(), () -> {
            Cadence cadence = form.cadence();
            ScheduleChange change = scheduler.setCadence(actor, body.id(), cadence);
            return Done.redirect("/partnership/bodies/" + body.id() + "/meetings", "meetings.cadence.saved",
                    cadence.describe(), change.added(), change.kept(), change.removed(), change.cancelled());
        }, () -> page(model, body, form));
    }

    private Body editable(Actor actor, BodyId id) {
        Body body = partnership.body(actor, id);
        if (!partnership.mayEdit(actor, body)) {
            throw new RecordNotFoundException("body", id.value());
        }
        return body;
    }

    private String page(Model model, Body body, CadenceForm form) {
        model.addAttribute("body", body);
        model.addAttribute("kinds", text.options(CadenceKind.values()));
        model.addAttribute("monthChoices", Arrays.stream(Month.values())
                .map(month -> Option.of(month, month.getDisplayName(TextStyle.FULL, Locale.UK))).toList());
        model.addAttribute("weekChoices", IntStream.rangeClosed(1, CadenceMonth.LAST)
                .mapToObj(week -> new Option(Integer.toString(week), text.text("meetings.cadence.week." + week)))
                .toList());
        model.addAttribute("dayChoices", Arrays.stream(DayOfWeek.values())
                .map(day -> Option.of(day, day.getDisplayName(TextStyle.FULL, Locale.UK))).toList());
        model.addAttribute("rows", IntStream.range(0, form.months().size()).boxed().toList());
        return "meetings/cadence-form";
    }
}
