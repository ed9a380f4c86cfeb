package uk.saferhub.plans.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.plans.Answer;
import uk.saferhub.plans.DraftDetails;
import uk.saferhub.plans.Objective;
import uk.saferhub.plans.PlanJson;
import uk.saferhub.plans.PlanWorkflow;
import uk.saferhub.plans.Plans;
import uk.saferhub.plans.PlansChangeRefused;
import uk.saferhub.plans.Variation;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * The Plans and their drafts in the API, as the pages show them: issued Plans and published drafts to every key;
 * other drafts to the Commissioner's office, the force and, once sent, the Panel's members (404 to anyone else).
 * Writes: a coordinator of the Commissioner's office drafts and takes the Commissioner's steps; the Panel's officers
 * take the Panel's. A step out of order is a 400 problem saying why, and changes nothing.
 */
@RestController
@Tag(name = "Police and Crime Plans", description = "Plans, their issued versions, and drafts through the Act's steps")
class PlanApiController {

    private final Plans plans;
    private final PlanWorkflow workflow;

    PlanApiController(Plans plans, PlanWorkflow workflow) {
        this.plans = plans;
        this.workflow = workflow;
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/api/v1/plans")
    @Operation(summary = "The Plans you may see")
    List<PlanJson.PlanSummary> plans(Actor actor) {
        return plans.plans(actor).stream().map(plan -> PlanJson.summary(plan, "/api/v1/plans/")).toList();
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/api/v1/plans/{id}")
    @Operation(summary = "One Plan with every issued version, whole")
    PlanJson.PlanDetail plan(Actor actor, @PathVariable UUID id) {
        return PlanJson.detail(plans.plan(actor, id));
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/api/v1/plans/{id}/variations")
    @Operation(summary = "The Plan's drafts you may see, the latest first")
    List<PlanJson.VariationSummary> variations(Actor actor, @PathVariable UUID id) {
        return plans.variations(actor, id).stream().map(d -> PlanJson.summary(d, "/api/v1/variations/")).toList();
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/api/v1/variations/{id}")
    @Operation(summary = "One draft with its objectives, its steps and the Panel's recommendations with responses")
    PlanJson.VariationDetail variation(Actor actor, @PathVariable UUID id) {
        return PlanJson.detail(plans.variation(actor, id));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/api/v1/plans/{id}/variations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a variation of an issued Plan (coordinators of the Commissioner's office)")
    PlanJson.VariationDetail draft(Actor actor, @PathVariable UUID id, @RequestBody DraftRequest request) {
        Variation draft = workflow.draft(actor, id, new DraftDetails(request.title(), request.reason(),
                request.objectives()));
        return PlanJson.detail(plans.variation(actor, draft.id()));
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/api/v1/variations/{id}/steps/{step}")
    @Operation(summary = "Take a step: consult, board-paper, send, review, report, respond, publish, issue or"
            + " withdraw, with the draft's version as read")
    PlanJson.VariationDetail step(Actor actor, @PathVariable UUID id, @PathVariable String step,
            @RequestBody StepRequest request) {
        if (request.version() == null) {
            plans.variation(actor, id); // a draft the caller may not see is absent, whatever was sent
            throw new PlansChangeRefused("version", "plans.api.version.required");
        }
        int version = request.version();
        LocalDate on = request.on();
        switch (step) {
            case "consult" -> workflow.consult(actor, id, version, on, request.response());
            case "board-paper" -> workflow.boardPaper(actor, id, version, request.board(), on, request.note());
            case "send" -> workflow.send(actor, id, version, on);
            case "review" -> workflow.scheduleReview(actor, id, version, request.meetingId(), request.agendaItem());
            case "report" -> workflow.report(actor, id, version, on, request.report(), request.recommendations());
            case "respond" -> workflow.respond(actor, id, version, on, request.response(), request.answers());
            case "publish" -> workflow.publish(actor, id, version, on, request.at());
            case "issue" -> workflow.issue(actor, id, version, on);
            case "withdraw" -> workflow.withdraw(actor, id, version);
            default -> throw new RecordNotFoundException("plan-variation-step", step);
        }
        return PlanJson.detail(plans.variation(actor, id));
    }

    /** A new draft: its title, why, and the objectives it changes or adds with their sections. */
    record DraftRequest(String title, String reason, List<Objective> objectives) {
    }

    /** A step: the draft's version as read, the day, and what the step records. */
    record StepRequest(Integer version, LocalDate on, String response, String board, String note, UUID meetingId,
            Integer agendaItem, String report, List<String> recommendations, List<Answer> answers, String at) {
    }
}
