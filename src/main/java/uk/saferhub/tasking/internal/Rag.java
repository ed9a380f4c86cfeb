package uk.saferhub.tasking.internal;

/** Red, amber or green: how a priority is going, always with a written reason. */
public enum Rag {
    RED, AMBER, GREEN
}
