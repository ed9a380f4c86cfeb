package uk.saferhub.meetings;

import java.time.Instant;
import java.util.UUID;

/** A numbered decision of a meeting (for example "Cabinet approves the Governance Protocol"). */
public record Decision(UUID id, UUID meetingId, UUID agendaItemId, int number, String text, Instant decidedAt) {
}
