package uk.saferhub.tasking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.HandlingLevel;

/**
 * The rules a cycle review must keep before anything of it is stored, all checked at once so the person sees every
 * problem together: each decided priority read at its present version, rated with a reason, amended to a live status,
 * closed with an outcome, escalated only when the group reports to a body; each proposed priority complete.
 */
@Component
public class ReviewChecks {

    static final int PROGRESS_LIMIT = 4000;
    static final int REASON_LIMIT = 2000;

    private final TaskingRules rules;

    ReviewChecks(TaskingRules rules) {
        this.rules = rules;
    }

    /**
     * What is wrong with the review's entries ({@code priorities}: those the reviewer may change, by id) and
     * proposals; {@code changedSince} names the fields changed since a version was read.
     */
    public List<ReviewProblem> problems(List<ReviewEntry> entries, List<ProposedPriority> proposals,
            Map<UUID, Priority> priorities, boolean mayEscalate, UUID meetingId,
            BiFunction<UUID, Integer, List<String>> changedSince) {
        List<ReviewProblem> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            entry(problems, "rows[" + i + "].", entries.get(i), priorities, mayEscalate, changedSince);
        }
        for (int i = 0; i < proposals.size(); i++) {
            ProposedPriority proposal = proposals.get(i);
            if (proposal != null && !proposal.blank()) {
                proposal(problems, "proposals[" + i + "].", i + 1, proposal, meetingId);
            }
        }
        return problems;
    }

    private void entry(List<ReviewProblem> problems, String row, ReviewEntry e, Map<UUID, Priority> priorities,
            boolean mayEscalate, BiFunction<UUID, Integer, List<String>> changedSince) {
        Priority p = e.priorityId() == null ? null : priorities.get(e.priorityId());
        if (p == null) {
            if (e.decision() != null) {
                problems.add(problem(row + "decision", "tasking.review.priority.unknown", "?"));
            }
            return;
        }
        String title = p.title();
        if (e.version() == null || e.version() != p.version()) {
            List<String> changed = changedSince.apply(p.id(), e.version() == null ? -1 : e.version());
            problems.add(new ReviewProblem(row + "decision", changed.isEmpty() ? "tasking.review.stale"
                    : "tasking.review.staleFields", List.of(title, String.join(", ", changed)), changed));
            return;
        }
        ReviewDecision d = e.decision();
        if (d == null) {
            if (filled(e.progress()) || filled(e.outcome())) {
                problems.add(problem(row + "decision", "tasking.review.decision.required", title));
            }
            return;
        }
        boolean proposed = p.status() == PriorityStatus.PROPOSED;
        if (d == ReviewDecision.PROPOSE || d == ReviewDecision.AGREE && !proposed) {
            problems.add(problem(row + "decision", "tasking.review.decision.notProposed", title));
        }
        if (d == ReviewDecision.ESCALATE && !mayEscalate) {
            problems.add(problem(row + "decision", "tasking.review.escalate.nowhere", title));
        }
        tooLong(problems, row + "progress", e.progress(), PROGRESS_LIMIT, title);
        if (e.rag() == null && !(proposed && d == ReviewDecision.CARRY_FORWARD)) {
            problems.add(problem(row + "rag", "tasking.review.rag.required", title));
        }
        if (e.rag() != null && !filled(e.ragReason())) {
            problems.add(problem(row + "ragReason", "tasking.review.ragReason.required", title));
        }
        tooLong(problems, row + "ragReason", e.ragReason(), REASON_LIMIT, title);
        if (d == ReviewDecision.AMEND) {
            if (e.status() == null || !e.status().live()) {
                problems.add(problem(row + "status", "tasking.review.status.live", title));
            }
            tooLong(problems, row + "targetOutcome", e.targetOutcome(), TaskingRules.TEXT_LIMIT, title);
        }
        if (d == ReviewDecision.CLOSE) {
            if (e.closedAs() == null || !e.closedAs().closed()) {
                problems.add(problem(row + "closedAs", "tasking.review.closedAs.required", title));
            }
            if (!filled(e.outcome())) {
                problems.add(problem(row + "outcome", "tasking.review.outcome.required", title));
            }
            tooLong(problems, row + "outcome", e.outcome(), TaskingRules.TEXT_LIMIT, title);
        }
    }

    private void proposal(List<ReviewProblem> problems, String row, int number, ProposedPriority p,
            UUID meetingId) {
        try {
            rules.checked(details(p, meetingId), null);
        } catch (TaskingChangeRefused refused) {
            String field = switch (refused.field() == null ? "" : refused.field()) {
                case "placeIds" -> "placeId";
                case "categoryId", "title", "problem", "ownerOrganisationId", "locationText" -> refused.field();
                default -> "title";
            };
            problems.add(problem(row + field, "tasking.review.proposal." + field, number));
        }
    }

    /** A proposed priority as the details of a new priority: proposed at the meeting, seen by the partnership. */
    public static PriorityDetails details(ProposedPriority p, UUID meetingId) {
        return new PriorityDetails(p.categoryId(), p.title(), p.placeId() == null ? List.of() : List.of(p.placeId()),
                p.locationText(), null, null, p.problem(), null, p.ownerOrganisationId(), null, List.of(), meetingId,
                null, PriorityStatus.PROPOSED, null, null, null, HandlingLevel.PARTNERSHIP);
    }

    private static void tooLong(List<ReviewProblem> problems, String field, String text, int limit, String title) {
        if (text != null && text.strip().length() > limit) {
            problems.add(problem(field, "tasking.review.tooLong", title, limit));
        }
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    private static ReviewProblem problem(String field, String key, Object... arguments) {
        return new ReviewProblem(field, key, List.of(arguments), null);
    }
}
