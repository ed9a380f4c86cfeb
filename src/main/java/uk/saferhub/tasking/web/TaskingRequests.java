package uk.saferhub.tasking.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.tasking.internal.ActionDetails;
import uk.saferhub.tasking.internal.ActionKind;
import uk.saferhub.tasking.internal.ActionStatus;
import uk.saferhub.tasking.internal.PriorityDetails;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.Rag;

/** Bodies of the tasking API's write requests; {@code version} is the version the client read (changes only). */
final class TaskingRequests {

    private TaskingRequests() {
    }

    record PriorityRequest(UUID categoryId, String title, List<UUID> placeIds, String locationText, Double latitude,
            Double longitude, String problem, String evidence, UUID ownerOrganisationId, UUID leadPersonId,
            List<UUID> partnerOrganisationIds, UUID startedMeetingId, String targetOutcome, PriorityStatus status,
            Rag rag, String ragReason, String outcome, HandlingLevel handlingLevel, Integer version) {

        PriorityDetails details() {
            return new PriorityDetails(categoryId, title, placeIds, locationText, latitude, longitude, problem,
                    evidence, ownerOrganisationId, leadPersonId, partnerOrganisationIds, startedMeetingId,
                    targetOutcome, status == null ? PriorityStatus.PROPOSED : status, rag, ragReason, outcome,
                    handlingLevel == null ? HandlingLevel.PARTNERSHIP : handlingLevel);
        }
    }

    record ActionRequest(String description, UUID ownerOrganisationId, UUID ownerPersonId, String ownerTeam,
            ActionKind kind, LocalDate dueDate, Boolean byNextCycle, ActionStatus status, String outcome,
            Integer version, java.util.Map<uk.saferhub.tasking.internal.OutcomeMeasure, Integer> figures) {

        ActionDetails details() {
            return new ActionDetails(description, ownerOrganisationId, ownerPersonId, ownerTeam, kind, dueDate,
                    Boolean.TRUE.equals(byNextCycle), status, outcome, figures);
        }
    }
}
