package uk.saferhub.meetings.internal;

import java.time.Instant;
import java.util.UUID;

/** A paper for a meeting, optionally for one agenda item, with a link to where it is published. */
public record Paper(UUID id, UUID meetingId, UUID agendaItemId, String title, String link, Instant addedAt) {
}
