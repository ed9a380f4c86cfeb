package uk.saferhub.tasking.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.tasking.TaskingReviews;
import uk.saferhub.tasking.internal.CycleReview;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.ReviewDecision;
import uk.saferhub.tasking.internal.ReviewProblem;
import uk.saferhub.tasking.internal.ReviewRefused;
import uk.saferhub.tasking.internal.ReviewRow;

/**
 * The cycle review of a tasking group's meeting, on one form: read by whoever may see the group, recorded and
 * corrected by contributors who may change its priorities. Every problem is named in the error summary with its
 * priority, nothing is stored, and what was typed is kept (a priority changed meanwhile says what changed).
 */
@Controller
class TaskingReviewController {

    private final TaskingReviews reviews;
    private final TaskingChoices choices;
    private final FormPost post;
    private final PageWords words;

    TaskingReviewController(TaskingReviews reviews, TaskingChoices choices, FormPost post, PageWords words) {
        this.reviews = reviews;
        this.choices = choices;
        this.post = post;
        this.words = words;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/meetings/{meetingId}/review")
    String review(Actor actor, @PathVariable UUID meetingId, Model model) {
        CycleReview review = reviews.opened(actor, meetingId);
        model.addAttribute("reviewForm", ReviewForm.of(review));
        return page(model, actor, review);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/tasking/meetings/{meetingId}/review")
    String record(Actor actor, @PathVariable UUID meetingId, @Valid @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        CycleReview review = reviews.review(actor, meetingId);
        if (!review.mayRecord()) {
            throw new RecordNotFoundException("tasking-review", meetingId);
        }
        BindingResult checked = post.check(form, errors, model);
        if (checked.hasErrors()) {
            return page(model, actor, review);
        }
        try {
            reviews.record(actor, meetingId, form.entries(), form.proposed());
        } catch (ReviewRefused refused) {
            for (ReviewProblem problem : refused.problems()) {
                FormErrors.reject(checked, problem.field(), problem.key(), problem.arguments().toArray());
            }
            return page(model, actor, reviews.review(actor, meetingId));
        }
        return post.done(redirect, Done.redirect("/tasking/meetings/" + meetingId + "/review",
                "tasking.review.recorded", review.group().name()));
    }

    private String page(Model model, Actor actor, CycleReview review) {
        Map<UUID, ReviewRow> rows = new HashMap<>();
        Map<UUID, Integer> versions = new HashMap<>();
        review.rows().forEach(row -> {
            rows.put(row.priority().id(), row);
            versions.put(row.priority().id(), row.priority().version());
        });
        model.addAttribute("review", review);
        model.addAttribute("rowsById", rows);
        model.addAttribute("versions", versions);
        model.addAttribute("day", review.meeting().start().format(TaskingChoices.DAY));
        model.addAttribute("previousDay", review.previousCycle() == null ? null
                : review.previousCycle().format(TaskingChoices.DAY));
        model.addAttribute("rags", choices.rags());
        model.addAttribute("liveStatuses", words.options(new PriorityStatus[] {PriorityStatus.AGREED,
                PriorityStatus.ACTIVE, PriorityStatus.MONITORING}, "tasking.status."));
        model.addAttribute("closings", words.options(new PriorityStatus[] {PriorityStatus.CLOSED_ACHIEVED,
                PriorityStatus.CLOSED_NOT_ACHIEVED}, "tasking.status."));
        List<Option> decisions = new ArrayList<>();
        decisions.add(choice(ReviewDecision.CARRY_FORWARD));
        decisions.add(choice(ReviewDecision.AMEND));
        if (review.escalatesTo() != null) {
            decisions.add(Option.of(ReviewDecision.ESCALATE,
                    words.text("tasking.review.choose.ESCALATE", review.escalatesTo().name())));
        }
        decisions.add(choice(ReviewDecision.CLOSE));
        model.addAttribute("decisions", decisions);
        model.addAttribute("proposedDecisions", List.of(Option.of(ReviewDecision.CARRY_FORWARD,
                words.text("tasking.review.choose.LEAVE_PROPOSED")), choice(ReviewDecision.AGREE),
                choice(ReviewDecision.AMEND), choice(ReviewDecision.CLOSE)));
        model.addAttribute("categories", choices.categories());
        model.addAttribute("places", choices.places(review.group()));
        model.addAttribute("organisations", choices.organisations(actor));
        model.addAttribute("organisationNames", choices.organisationNames());
        model.addAttribute("categoryNames", choices.categoryNames());
        return "tasking/review";
    }

    private Option choice(ReviewDecision decision) {
        return Option.of(decision, words.text("tasking.review.choose." + decision.name()));
    }
}
