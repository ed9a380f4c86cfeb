package uk.saferhub.tasking.internal;

import java.util.UUID;

/**
 * One priority's line of a cycle review as entered: the version of the priority the person read, the progress
 * update, RAG with its reason, and the decision (none: not reviewed at this meeting) with what it needs: the new
 * status and target outcome when amending, how it closed and its outcome when closing.
 */
public record ReviewEntry(UUID priorityId, Integer version, String progress, Rag rag, String ragReason,
        ReviewDecision decision, PriorityStatus status, String targetOutcome, PriorityStatus closedAs,
        String outcome) {
}
