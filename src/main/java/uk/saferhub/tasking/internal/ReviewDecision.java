package uk.saferhub.tasking.internal;

/**
 * What a tasking group's review decides for one priority at a meeting: carry it forward as it is, agree a proposed
 * one, amend it (status, target outcome, RAG), escalate it to the body the group reports to, or close it as
 * achieved or not achieved (with its outcome); PROPOSE marks a priority proposed at the meeting.
 */
public enum ReviewDecision {
    CARRY_FORWARD, AGREE, AMEND, ESCALATE, CLOSE, PROPOSE
}
