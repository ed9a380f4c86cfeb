package uk.saferhub.workforce.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What is recorded of a PCSO. The team, supervisor, directory person and scheme are optional; a null status is
 * ACTIVE.
 *
 * @param personId the directory person the PCSO is, so that they can see their own development record
 */
public record PcsoDetails(String name, String collarNumber, UUID forceId, UUID teamId, UUID supervisorId,
        UUID personId, UUID schemeId, LocalDate startDate, PcsoStatus status) {

    public PcsoDetails {
        name = name == null ? null : name.strip();
        collarNumber = collarNumber == null ? null : collarNumber.strip();
        status = status == null ? PcsoStatus.ACTIVE : status;
    }

    /** Refuses details that break a PCSO's own rules (the organisations and people are checked by the editor). */
    void check() {
        if (name == null || name.isEmpty()) {
            throw new WorkforceChangeRefused("name", "Enter the PCSO's name");
        }
        if (name.length() > 200) {
            throw new WorkforceChangeRefused("name", "The name must be 200 characters or fewer");
        }
        if (collarNumber == null || collarNumber.isEmpty()) {
            throw new WorkforceChangeRefused("collarNumber", "Enter the PCSO's collar number");
        }
        if (collarNumber.length() > 20) {
            throw new WorkforceChangeRefused("collarNumber", "The collar number must be 20 characters or fewer");
        }
        if (forceId == null) {
            throw new WorkforceChangeRefused("forceId", "Choose the PCSO's force");
        }
        if (startDate == null) {
            throw new WorkforceChangeRefused("startDate", "Enter the date the PCSO started");
        }
    }
}
