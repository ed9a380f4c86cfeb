package uk.saferhub.intake.internal;

import java.time.Instant;
import java.util.UUID;

/** A stored report, without its reporter's personal data. */
public record Report(long id, UUID token, String serviceCode, String serviceName, String status, String statusNotes,
        Double latitude, Double longitude, String addressString, String addressId, UUID wardId,
        UUID routedOrganisationId, String description, String mediaUrl, Long likelyDuplicateOf,
        Instant requestedAt, Instant updatedAt) {
}
