package uk.saferhub.workforce.internal;

import java.time.LocalDate;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * A Police Community Support Officer: employed by a force, working in a neighbourhood policing team under a
 * supervisor, perhaps paid for in part by a funding scheme. The record belongs to the force and is seen by its
 * partners (PARTNERSHIP).
 */
public record Pcso(UUID id, String name, String collarNumber, UUID forceId, UUID teamId, UUID supervisorId,
        UUID personId, UUID schemeId, LocalDate startDate, PcsoStatus status) implements Restricted {

    public static Pcso of(UUID id, PcsoDetails details) {
        return new Pcso(id, details.name(), details.collarNumber(), details.forceId(), details.teamId(),
                details.supervisorId(), details.personId(), details.schemeId(), details.startDate(),
                details.status());
    }

    public PcsoDetails details() {
        return new PcsoDetails(name, collarNumber, forceId, teamId, supervisorId, personId, schemeId, startDate,
                status);
    }

    /** The name with the collar number, as lists show it: "Sam Patel (PCSO 4521)". */
    public String label() {
        return name + " (PCSO " + collarNumber + ")";
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
