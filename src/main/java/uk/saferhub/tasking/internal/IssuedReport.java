package uk.saferhub.tasking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A report issued to a body (an Area Committee or a Locality Partnership) for a period, by whom and when, and the
 * meeting of that body it was attached to as a paper, if any.
 */
public record IssuedReport(UUID id, UUID bodyId, LocalDate from, LocalDate to, String issuedByName,
        UUID issuedByOrganisationId, Instant issuedAt, UUID paperMeetingId, Instant attachedAt) {
}
