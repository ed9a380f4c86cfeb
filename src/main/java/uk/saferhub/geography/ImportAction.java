package uk.saferhub.geography;

/** What importing a feature does to the place with its code. */
public enum ImportAction {
    CREATE,
    REPLACE,
    UNCHANGED
}
