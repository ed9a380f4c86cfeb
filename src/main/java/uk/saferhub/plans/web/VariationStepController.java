package uk.saferhub.plans.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.plans.Answer;
import uk.saferhub.plans.PlanWorkflow;
import uk.saferhub.plans.Plans;
import uk.saferhub.plans.ResponseKind;
import uk.saferhub.plans.Variation;
import uk.saferhub.plans.VariationStep;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;

/**
 * Each step of a draft on its own page: the Commissioner's steps (consult, board paper, send, respond, publish,
 * issue, withdraw) for coordinators of the Commissioner's office, the Panel's (review, report) for its officers.
 * Someone who may see the draft but not take the step is refused (403); someone who may not see it finds nothing
 * (404). A step out of the Act's order is refused with the reason, and nothing changes.
 */
@Controller
class VariationStepController {

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("on", "on.day"),
            Map.entry("response", "text"), Map.entry("report", "text"), Map.entry("note", "text"),
            Map.entry("board", "board"), Map.entry("where", "where"), Map.entry("meetingId", "meetingId"),
            Map.entry("itemNumber", "itemNumber"), Map.entry("recommendations", "recommendations"));

    private final Plans plans;
    private final PlanWorkflow workflow;
    private final Meetings meetings;
    private final FormPost post;
    private final PageWords words;

    VariationStepController(Plans plans, PlanWorkflow workflow, Meetings meetings, FormPost post, PageWords words) {
        this.plans = plans;
        this.workflow = workflow;
        this.meetings = meetings;
        this.post = post;
        this.words = words;
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/variations/{id}/steps/{step}")
    String form(Actor actor, @PathVariable UUID id, @PathVariable String step, Model model) {
        VariationStep taken = step(step);
        Variation draft = taker(actor, id, taken);
        List<AnswerRow> answers = draft.recommendations().stream()
                .map(r -> new AnswerRow(r.id(), r.response(), r.reasons())).toList();
        String text = switch (taken) {
            case CONSULT -> draft.consultationResponse();
            case BOARD_PAPER -> draft.boardNote();
            case RESPOND -> draft.response();
            default -> null;
        };
        model.addAttribute("stepForm", new StepForm(DateInput.of(plans.today()), text,
                taken == VariationStep.BOARD_PAPER ? draft.boardName() : null, null, null, null, null, answers,
                draft.version()));
        return page(model, actor, draft, taken);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/variations/{id}/steps/{step}")
    String take(Actor actor, @PathVariable UUID id, @PathVariable String step,
            @ModelAttribute("stepForm") StepForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        VariationStep taken = step(step);
        Variation draft = taker(actor, id, taken);
        BindingResult checked = post.check(form, errors, model);
        int version = form.version() == null ? -1 : form.version();
        return post.submit(checked, redirect, FIELDS, () -> {
            var on = form.on().isBlank() ? null : form.on().date();
            switch (taken) {
                case CONSULT -> workflow.consult(actor, id, version, on, form.text());
                case BOARD_PAPER -> workflow.boardPaper(actor, id, version, form.board(), on, form.text());
                case SEND -> workflow.send(actor, id, version, on);
                case SCHEDULE_REVIEW -> workflow.scheduleReview(actor, id, version, form.meetingId(),
                        form.itemNumber());
                case REPORT -> workflow.report(actor, id, version, on, form.text(),
                        Arrays.asList((form.recommendations() == null ? "" : form.recommendations())
                                .split("\\R\\s*\\R")));
                case RESPOND -> workflow.respond(actor, id, version, on, form.text(), form.answers().stream()
                        .map(row -> new Answer(row.recommendationId(), row.response(), row.reasons())).toList());
                case PUBLISH -> workflow.publish(actor, id, version, on, form.where());
                case ISSUE -> workflow.issue(actor, id, version, on);
                case WITHDRAW -> workflow.withdraw(actor, id, version);
                default -> throw new RecordNotFoundException("plan-variation-step", step);
            }
            return Done.redirect("/variations/" + id, "plans.step.done." + slug(taken));
        }, () -> page(model, actor, draft, taken));
    }

    private String page(Model model, Actor actor, Variation draft, VariationStep step) {
        model.addAttribute("draft", draft);
        model.addAttribute("step", step);
        model.addAttribute("slug", slug(step));
        model.addAttribute("dated", step != VariationStep.SCHEDULE_REVIEW && step != VariationStep.WITHDRAW);
        model.addAttribute("responses", words.options(ResponseKind.values(), "plans.response."));
        if (step == VariationStep.SCHEDULE_REVIEW) {
            List<Option> options = new ArrayList<>();
            Instant from = draft.sentOn() == null ? Instant.now()
                    : draft.sentOn().atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant();
            for (Meeting meeting : meetings.meetingsOf(actor, draft.panelId(), from, from.plus(400, ChronoUnit.DAYS))) {
                options.add(Option.of(meeting.id(), words.text("plans.review.meeting.option", meeting.title(),
                        meeting.start().toLocalDate())));
            }
            model.addAttribute("meetings", options);
        }
        return "plans/step";
    }

    private Variation taker(Actor actor, UUID id, VariationStep step) {
        Variation draft = plans.variation(actor, id);
        if (!plans.mayTake(actor, draft, step)) {
            throw new AccessDeniedException("Not yours to take");
        }
        return draft;
    }

    static String slug(VariationStep step) {
        return switch (step) {
            case SCHEDULE_REVIEW -> "review";
            default -> step.name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    private static VariationStep step(String slug) {
        for (VariationStep step : VariationStep.values()) {
            if (step != VariationStep.EDIT && slug(step).equals(slug)) {
                return step;
            }
        }
        throw new RecordNotFoundException("plan-variation-step", slug);
    }
}
