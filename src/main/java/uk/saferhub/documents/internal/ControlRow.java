package uk.saferhub.documents.internal;

/** One row of a document control block: "Draft to Safer Leeds Executive" | "3 November 2011". */
public record ControlRow(String label, String value) {
}
