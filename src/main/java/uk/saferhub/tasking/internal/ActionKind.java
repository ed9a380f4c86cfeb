package uk.saferhub.tasking.internal;

/** Seed 001: PCSOs "play a pro-active and re-active role". */
public enum ActionKind {
    PROACTIVE, REACTIVE
}
