package uk.saferhub.documents;

/** One row of a document's control block: a label and its value, which may be blank. */
public record ControlRow(String label, String value) {
}
