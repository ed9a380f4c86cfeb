package uk.saferhub.tasking.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * A priority of a tasking group, owned by the agency that leads it and seen as its handling level says: PUBLIC ones may
 * be shown to residents, restricted ones only to the owner's partners (AGENCY: the owner). The partners involved see
 * a PARTNERSHIP priority too. It keeps the version it was read at, so a change saved meanwhile is never overwritten.
 */
public record Priority(UUID id, UUID groupBodyId, UUID categoryId, String title, List<UUID> placeIds,
        String locationText, Double latitude, Double longitude, String problem, String evidence,
        UUID owningOrganisationId, UUID leadPersonId, List<UUID> partnerOrganisationIds, UUID startedMeetingId,
        String targetOutcome, PriorityStatus status, Rag rag, String ragReason, String outcome,
        HandlingLevel handlingLevel, Instant createdAt, Instant updatedAt, int version) implements Restricted {

    public Priority {
        placeIds = placeIds == null ? List.of() : List.copyOf(placeIds);
        partnerOrganisationIds = partnerOrganisationIds == null ? List.of() : List.copyOf(partnerOrganisationIds);
    }

    @Override
    public Set<UUID> sharedWith() {
        return Set.copyOf(partnerOrganisationIds);
    }

    @Override
    public String recordType() {
        return "tasking-priority";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
