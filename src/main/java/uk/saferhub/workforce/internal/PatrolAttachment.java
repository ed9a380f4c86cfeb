package uk.saferhub.workforce.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A PCSO's attachment to one ward of their designated patrol area (or as cover), from a date until an end date or for
 * as long as it lasts. Ending one sets its end date; none is ever deleted, so the history stays.
 */
public record PatrolAttachment(UUID id, UUID pcsoId, UUID wardId, AttachmentRole role, LocalDate from,
        LocalDate to) {

    /** Whether the attachment holds on the given day. */
    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Whether it shares a day with the period from {@code otherFrom} to {@code otherTo} (null: open-ended). */
    public boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return (to == null || !otherFrom.isAfter(to)) && (otherTo == null || !otherTo.isBefore(from));
    }

    public boolean ended() {
        return to != null;
    }
}
