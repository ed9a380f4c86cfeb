package uk.saferhub.intake.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.intake.internal.IntakeQueue;
import uk.saferhub.intake.internal.QueueRow;
import uk.saferhub.intake.internal.Triage;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;

/**
 * The intake queue: the reports routed to the signed-in user's organisation with their reporters (readers and
 * above of that organisation), and triage (contributors and above): accept, assign to an officer of the
 * organisation, refer to another partner of its partnership, mark as a duplicate naming the original,
 * reject as out of scope saying who decided, close with a note, reopen.
 */
@Controller
class IntakeQueueController {

    private final IntakeQueue queue;
    private final FormPost post;
    private final PageWords words;

    IntakeQueueController(IntakeQueue queue, FormPost post, PageWords words) {
        this.queue = queue;
        this.post = post;
        this.words = words;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/intake")
    String show(Actor actor, Model model) {
        model.addAttribute("triageForm", TriageForm.empty());
        return page(actor, model);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/intake")
    String triage(Actor actor, @Valid @ModelAttribute("triageForm") TriageForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            long updateId = queue.triage(actor, form.report(), form.action(), notes(actor, form), form.original(),
                    form.officer(), form.partner(), form.priority());
            return Done.redirect("/intake", "intake.queue.done", String.valueOf(form.report()), String.valueOf(updateId));
        }, () -> page(actor, model));
    }

    /** What residents read in status_notes: the note, or who decided (a rejection), or the original (a duplicate). */
    private String notes(Actor actor, TriageForm form) {
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        return switch (form.action()) {
            case REJECT -> note == null ? null : words.text("intake.queue.notes.rejected", actor.name(), note);
            case DUPLICATE -> words.text("intake.queue.notes.duplicate", String.valueOf(form.original()));
            case ASSIGN -> words.text("intake.queue.notes.assigned",
                    form.officer() == null ? "" : queue.personName(actor, form.officer()).orElse(""));
            case REFER -> words.text("intake.queue.notes.referred",
                    form.partner() == null ? "" : queue.organisationName(form.partner()).orElse(""));
            case LINK -> note == null ? words.text("intake.queue.notes.linked") : note;
            case ACCEPT -> note == null ? words.text("intake.queue.notes.accepted") : note;
            case REOPEN -> note == null ? words.text("intake.queue.notes.reopened") : note;
            case CLOSE -> note;
        };
    }

    private String page(Actor actor, Model model) {
        List<QueueRow> rows = queue.queue(actor);
        model.addAttribute("rows", rows);
        model.addAttribute("mayKeepServices", uk.saferhub.shared.access.ChangePolicy.holds(actor,
                uk.saferhub.shared.access.Role.ADMINISTRATOR));
        model.addAttribute("reports", rows.stream().map(row -> new Option(String.valueOf(row.report().id()),
                words.text("intake.queue.reportOption", String.valueOf(row.report().id()),
                        row.report().serviceName()))).toList());
        model.addAttribute("officers", queue.officers(actor).stream()
                .map(person -> Option.of(person.id(), person.name())).toList());
        model.addAttribute("partners", queue.partners(actor).stream()
                .map(organisation -> Option.of(organisation.id(), organisation.name())).toList());
        model.addAttribute("priorities", queue.priorities(actor).stream()
                .map(choice -> Option.of(choice.id(), words.text("intake.queue.priorityOption", choice.title(),
                        choice.groupName()))).toList());
        model.addAttribute("actions", Arrays.stream(Triage.values())
                .map(action -> Option.of(action, words.text("intake.queue.action." + action.name()))).toList());
        return "intake/queue";
    }
}
