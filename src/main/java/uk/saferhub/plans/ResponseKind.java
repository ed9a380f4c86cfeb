package uk.saferhub.plans;

/** The Commissioner's response to one recommendation of the Panel. */
public enum ResponseKind {
    ACCEPTED, PARTLY_ACCEPTED, NOT_ACCEPTED
}
