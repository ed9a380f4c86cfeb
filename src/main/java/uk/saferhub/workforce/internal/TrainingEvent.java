package uk.saferhub.workforce.internal;

import java.time.LocalDate;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * A training event for PCSOs, such as the council's training to bring in a service agreement, with the guests invited
 * to it (Scrutiny Panel members, in seed 000). Seen by the partners of the organisation that holds it.
 */
public record TrainingEvent(UUID id, String title, String topic, LocalDate heldOn, String venue, String provider,
        String invitedGuests, UUID ownerId) implements Restricted {

    /** Whether the event has taken place by the given day (attendance can be recorded from its day on). */
    public boolean heldBy(LocalDate day) {
        return !heldOn.isAfter(day);
    }

    @Override
    public UUID owningOrganisationId() {
        return ownerId;
    }

    @Override
    public HandlingLevel handlingLevel() {
        return HandlingLevel.PARTNERSHIP;
    }

    @Override
    public String recordType() {
        return "training-event";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
