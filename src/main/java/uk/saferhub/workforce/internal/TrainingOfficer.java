package uk.saferhub.workforce.internal;

import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * A PCSO as training sees them: name, collar number, force and status. The partners of the PCSO's force may see them
 * and their training; their personal development record is narrower (see {@link DevelopmentRecords}).
 */
public record TrainingOfficer(UUID id, String name, String collarNumber, UUID forceId, UUID personId, String status)
        implements Restricted {

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** For example "PCSO 6123 Jane Smith". */
    public String label() {
        return name + " (" + collarNumber + ")";
    }

    @Override
    public UUID owningOrganisationId() {
        return forceId;
    }

    @Override
    public HandlingLevel handlingLevel() {
        return HandlingLevel.PARTNERSHIP;
    }

    @Override
    public String recordType() {
        return "pcso";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
