package uk.saferhub.crimedata;

/** A row an import left out: the file (or archive entry) and line it came from, and why, as a message key and in words. */
public record RejectedRow(String entry, long line, String reasonKey, String reason) {
}
