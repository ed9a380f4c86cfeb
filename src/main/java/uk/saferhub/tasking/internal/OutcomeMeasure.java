package uk.saferhub.tasking.internal;

/**
 * What an action's outcome is counted in: the figures the partners already report in their performance framework
 * (seed 001: fixed penalty notices issued, graffiti removed, vehicles removed). Their names are in
 * {@code messages/tasking.properties} as {@code tasking.measure.<NAME>}.
 */
public enum OutcomeMeasure {
    FIXED_PENALTY_NOTICES,
    GRAFFITI_REMOVED,
    VEHICLES_REMOVED,
    FLY_TIPS_CLEARED,
    LITTER_BAGS_COLLECTED,
    WARNINGS_ISSUED,
    PATROLS_MADE,
    PEOPLE_ENGAGED
}
