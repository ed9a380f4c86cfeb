package uk.saferhub.tasking.internal;

import java.util.List;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;

/** What a person enters for a priority, new or changed. */
public record PriorityDetails(UUID categoryId, String title, List<UUID> placeIds, String locationText,
        Double latitude, Double longitude, String problem, String evidence, UUID ownerOrganisationId,
        UUID leadPersonId, List<UUID> partnerOrganisationIds, UUID startedMeetingId, String targetOutcome,
        PriorityStatus status, Rag rag, String ragReason, String outcome, HandlingLevel handlingLevel) {

    public PriorityDetails {
        placeIds = placeIds == null ? List.of() : List.copyOf(placeIds);
        partnerOrganisationIds = partnerOrganisationIds == null ? List.of() : List.copyOf(partnerOrganisationIds);
    }
}
