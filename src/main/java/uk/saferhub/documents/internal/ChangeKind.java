package uk.saferhub.documents.internal;

/** How a section differs between two versions of a document. */
public enum ChangeKind {
    UNCHANGED, ADDED, REMOVED, CHANGED
}
