package uk.saferhub.tasking.internal;

import java.util.List;

import uk.saferhub.partnership.Body;

/** A priority with its group, category, actions and history across cycles, and whether the reader may change it. */
public record PriorityView(Priority priority, Body group, Category category, List<PriorityAction> actions,
        List<CycleState> history, boolean mayEdit) {
}
