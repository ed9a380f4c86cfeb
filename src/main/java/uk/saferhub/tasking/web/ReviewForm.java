package uk.saferhub.tasking.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import uk.saferhub.shared.web.PlainText;
import uk.saferhub.tasking.internal.CycleReview;
import uk.saferhub.tasking.internal.CycleState;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.ProposedPriority;
import uk.saferhub.tasking.internal.Rag;
import uk.saferhub.tasking.internal.ReviewDecision;
import uk.saferhub.tasking.internal.ReviewEntry;
import uk.saferhub.tasking.internal.ReviewRow;

/**
 * A cycle review as posted: one line per priority of the review, in the page's order (each with the version of the
 * priority read), and lines for priorities proposed at the meeting; there is always at least one free.
 */
record ReviewForm(List<@Valid Line> rows, List<@Valid Proposal> proposals) {

    /** Lines for proposed priorities offered at least. */
    static final int PROPOSALS = 2;

    ReviewForm {
        rows = rows == null ? List.of() : rows.stream().map(row -> row == null ? Line.EMPTY : row).toList();
        List<Proposal> lines = new ArrayList<>();
        if (proposals != null) {
            proposals.forEach(line -> lines.add(line == null ? Proposal.EMPTY : line));
        }
        long filled = lines.stream().filter(line -> !line.proposed().blank()).count();
        while (lines.size() < Math.max(PROPOSALS, filled + 1)) {
            lines.add(Proposal.EMPTY);
        }
        proposals = List.copyOf(lines);
    }

    /** One priority's line: progress, RAG and reason, the decision and what it needs. */
    record Line(UUID priorityId, Integer version, @PlainText(lineBreaks = true) String progress, Rag rag,
            @PlainText(lineBreaks = true) String ragReason, ReviewDecision decision, PriorityStatus status,
            @PlainText(lineBreaks = true) String targetOutcome, PriorityStatus closedAs,
            @PlainText(lineBreaks = true) String outcome) {

        static final Line EMPTY = new Line(null, null, null, null, null, null, null, null, null, null);

        ReviewEntry entry() {
            return new ReviewEntry(priorityId, version, progress, rag, ragReason, decision, status, targetOutcome,
                    closedAs, outcome);
        }

        /** The line as the priority stands, or as recorded at this meeting when the review is being corrected. */
        static Line of(ReviewRow row) {
            Priority p = row.priority();
            CycleState s = row.recorded();
            ReviewDecision decision = s == null ? null
                    : s.decision() == ReviewDecision.PROPOSE ? ReviewDecision.CARRY_FORWARD : s.decision();
            return new Line(p.id(), p.version(), s == null ? null : s.progressNote(), p.rag(), p.ragReason(), decision,
                    p.status().live() ? p.status() : null, p.targetOutcome(), p.status().closed() ? p.status() : null,
                    p.outcome());
        }

        /** The line as typed, read again at the priority's present version (after someone else changed it). */
        Line at(int present) {
            return new Line(priorityId, present, progress, rag, ragReason, decision, status, targetOutcome, closedAs,
                    outcome);
        }
    }

    /** A priority proposed at the meeting. */
    record Proposal(UUID categoryId, @Size(max = 200, message = "{tasking.form.title.tooLong}") @PlainText String title,
            @PlainText(lineBreaks = true) String problem, UUID ownerOrganisationId, UUID placeId,
            @Size(max = 300, message = "{tasking.form.location.tooLong}") @PlainText String locationText) {

        static final Proposal EMPTY = new Proposal(null, null, null, null, null, null);

        ProposedPriority proposed() {
            return new ProposedPriority(categoryId, title, problem, ownerOrganisationId, placeId, locationText);
        }
    }

    static ReviewForm of(CycleReview review) {
        return new ReviewForm(review.rows().stream().map(Line::of).toList(), List.of());
    }

    List<ReviewEntry> entries() {
        return rows.stream().map(Line::entry).toList();
    }

    List<ProposedPriority> proposed() {
        return proposals.stream().map(Proposal::proposed).toList();
    }

    /** The form with the lines of priorities changed since they were read moved on to their present versions. */
    ReviewForm atPresent(Map<UUID, Integer> versions) {
        return new ReviewForm(rows.stream().map(line -> line.priorityId() != null
                && versions.containsKey(line.priorityId()) ? line.at(versions.get(line.priorityId())) : line)
                .toList(), proposals);
    }
}
