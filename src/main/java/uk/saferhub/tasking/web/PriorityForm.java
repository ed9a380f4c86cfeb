package uk.saferhub.tasking.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.web.PlainText;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityDetails;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.Rag;

/** A priority as posted, new or changed; {@code version} is the version the person read. */
record PriorityForm(
        UUID categoryId,
        @Size(max = 200, message = "{tasking.form.title.tooLong}") @PlainText String title,
        List<UUID> placeIds,
        @Size(max = 300, message = "{tasking.form.location.tooLong}") @PlainText String locationText,
        Double latitude,
        Double longitude,
        @PlainText(lineBreaks = true) String problem,
        @PlainText(lineBreaks = true) String evidence,
        UUID ownerOrganisationId,
        UUID leadPersonId,
        List<UUID> partnerOrganisationIds,
        UUID startedMeetingId,
        @PlainText(lineBreaks = true) String targetOutcome,
        PriorityStatus status,
        Rag rag,
        @PlainText(lineBreaks = true) String ragReason,
        @PlainText(lineBreaks = true) String outcome,
        HandlingLevel handlingLevel,
        Integer version) {

    PriorityForm {
        placeIds = placeIds == null ? List.of() : placeIds;
        partnerOrganisationIds = partnerOrganisationIds == null ? List.of() : partnerOrganisationIds;
    }

    static PriorityForm empty(UUID owner) {
        return new PriorityForm(null, null, List.of(), null, null, null, null, null, owner, null, List.of(), null,
                null, PriorityStatus.PROPOSED, null, null, null, HandlingLevel.PARTNERSHIP, 0);
    }

    static PriorityForm of(Priority p) {
        return new PriorityForm(p.categoryId(), p.title(), p.placeIds(), p.locationText(), p.latitude(),
                p.longitude(), p.problem(), p.evidence(), p.owningOrganisationId(), p.leadPersonId(),
                p.partnerOrganisationIds(), p.startedMeetingId(), p.targetOutcome(), p.status(), p.rag(),
                p.ragReason(), p.outcome(), p.handlingLevel(), p.version());
    }

    PriorityDetails details() {
        return new PriorityDetails(categoryId, title, placeIds, locationText, latitude, longitude, problem, evidence,
                ownerOrganisationId, leadPersonId, partnerOrganisationIds, startedMeetingId, targetOutcome, status,
                rag, ragReason, outcome, handlingLevel);
    }
}
