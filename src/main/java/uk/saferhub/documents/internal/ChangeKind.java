package uk.saferhub.documents.internal;

/** How a line differs between two versions of a document. */
public enum ChangeKind {
    UNCHANGED, ADDED, REMOVED, CHANGED
}
