package uk.saferhub.tasking.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.tasking.TaskingReviews;
import uk.saferhub.tasking.internal.CycleReview;
import uk.saferhub.tasking.internal.CycleState;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.ProposedPriority;
import uk.saferhub.tasking.internal.Rag;
import uk.saferhub.tasking.internal.ReviewDecision;
import uk.saferhub.tasking.internal.ReviewEntry;
import uk.saferhub.tasking.internal.ReviewProblem;
import uk.saferhub.tasking.internal.ReviewRefused;
import uk.saferhub.tasking.internal.ReviewRow;

/**
 * The cycle review in the API, as on its page: read by whoever may see the group, recorded by contributors who may
 * change its priorities. A refused review stores nothing: 400 problem details listing each problem by field, or 409
 * when a priority was changed since it was read (naming what changed).
 */
@RestController
@RequestMapping("/api/v1/tasking/meetings/{meetingId}/review")
@Tag(name = "Tasking", description = "Tasking groups, their priorities, actions and history across meetings")
class TaskingReviewApiController {

    private final TaskingReviews reviews;
    private final PageWords words;

    TaskingReviewApiController(TaskingReviews reviews, PageWords words) {
        this.reviews = reviews;
        this.words = words;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping
    @Operation(summary = "A tasking group's review at one of its meetings: each priority, its version and what was "
            + "recorded for it there")
    ReviewResponse review(Actor actor, @PathVariable UUID meetingId) {
        return ReviewResponse.of(reviews.opened(actor, meetingId));
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping
    @Operation(summary = "Record (or correct) the review: all or nothing; 409 when a priority changed since read")
    ResponseEntity<?> record(Actor actor, @PathVariable UUID meetingId, @RequestBody ReviewRequest request) {
        try {
            return ResponseEntity.ok(ReviewResponse.of(reviews.record(actor, meetingId,
                    request.rows() == null ? List.of() : request.rows(),
                    request.proposals() == null ? List.of() : request.proposals())));
        } catch (ReviewRefused refused) {
            HttpStatus status = refused.stale() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            List<Map<String, Object>> errors = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            for (ReviewProblem problem : refused.problems()) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("field", problem.field());
                error.put("message", words.text(problem.key(), problem.arguments().toArray()));
                errors.add(error);
                changed.addAll(problem.changed());
            }
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, (String) errors.getFirst().get("message"));
            detail.setTitle(words.text(refused.stale() ? "tasking.review.api.stale.title"
                    : "tasking.review.api.invalid.title"));
            detail.setProperty("errors", errors);
            if (refused.stale()) {
                detail.setProperty("changed", changed);
            }
            return ResponseEntity.status(status).body(detail);
        }
    }

    /** What a client posts: a line per priority reviewed (with the version it read) and priorities proposed. */
    record ReviewRequest(List<ReviewEntry> rows, List<ProposedPriority> proposals) {
    }

    record ReviewResponse(UUID meetingId, UUID groupId, OffsetDateTime meetingStart, boolean mayRecord,
            Instant recordedAt, Integer reviewVersion, UUID escalatesTo, OffsetDateTime previousCycle,
            List<RowResponse> rows) {

        static ReviewResponse of(CycleReview r) {
            return new ReviewResponse(r.meeting().id(), r.group().id().value(),
                    r.meeting().start().toOffsetDateTime(), r.mayRecord(),
                    r.recorded() == null ? null : r.recorded().recordedAt(),
                    r.recorded() == null ? null : r.recorded().version(),
                    r.escalatesTo() == null ? null : r.escalatesTo().id().value(),
                    r.previousCycle() == null ? null : r.previousCycle().toOffsetDateTime(),
                    r.rows().stream().map(RowResponse::of).toList());
        }
    }

    record RowResponse(UUID priorityId, String title, PriorityStatus status, Rag rag, String ragReason,
            String targetOutcome, int version, boolean mayChange, boolean notReviewedLastCycle,
            ReviewDecision decision, String progress, UUID escalatedTo) {

        static RowResponse of(ReviewRow row) {
            CycleState s = row.recorded();
            var p = row.priority();
            return new RowResponse(p.id(), p.title(), p.status(), p.rag(), p.ragReason(), p.targetOutcome(),
                    p.version(), row.mayChange(), row.flagged(), s == null ? null : s.decision(),
                    s == null ? null : s.progressNote(), s == null ? null : s.escalatedToBodyId());
        }
    }
}
