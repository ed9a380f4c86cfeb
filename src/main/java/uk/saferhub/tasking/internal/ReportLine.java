package uk.saferhub.tasking.internal;

import java.util.List;

/**
 * One priority in a report: what became of it over the period, its state at the last meeting of the period (status,
 * RAG with its reason, progress note), its state at each meeting of the period, and its actions done or not done
 * with their outcomes.
 */
public record ReportLine(Priority priority, String categoryName, ReportChange change, CycleState last,
        List<CycleState> states, List<PriorityAction> actionsDone) {

    public ReportLine {
        states = List.copyOf(states);
        actionsDone = List.copyOf(actionsDone);
    }
}
