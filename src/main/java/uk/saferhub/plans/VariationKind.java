package uk.saferhub.plans;

/** A draft variation of the current Plan, or a whole new draft Plan: both go through the same statutory steps. */
public enum VariationKind {
    VARIATION, NEW_PLAN
}
