package uk.saferhub.intake.internal;

import java.time.Instant;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * An observation or a piece of intelligence recorded at a place by a PCSO or police officer, owned by their
 * organisation. Intelligence is POLICE_ONLY and carries its {@link Grading}; a quality-of-life observation is
 * PARTNERSHIP and has none.
 *
 * @param recordedBy the user account that recorded it
 * @param priorityId the tasking priority it is linked to, or null
 */
public record Observation(
        UUID id,
        ObservationKind kind,
        HandlingLevel handlingLevel,
        UUID owningOrganisationId,
        UUID recordedBy,
        String recordedByName,
        UUID categoryId,
        String categoryName,
        UUID wardId,
        String location,
        Double latitude,
        Double longitude,
        String description,
        Instant observedAt,
        UUID priorityId,
        Grading grading,
        Instant recordedAt,
        int version) implements Restricted {

    public static final String RECORD_TYPE = "intake-observation";

    public boolean intelligence() {
        return kind == ObservationKind.INTELLIGENCE;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
