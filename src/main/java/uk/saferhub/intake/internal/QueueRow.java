package uk.saferhub.intake.internal;

/** A report on its handling organisation's queue, with the reporter's personal data (that organisation sees it). */
public record QueueRow(Report report, String wardName, Reporter reporter) {
}
