package uk.saferhub.documents.internal;

/** Something wrong with a document's content, on a line (counted from 1), said so that a council officer can fix it. */
public record MarkupProblem(int line, String message) {
}
