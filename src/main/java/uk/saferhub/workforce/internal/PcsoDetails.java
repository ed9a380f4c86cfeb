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
            throw new WorkforceChangeRefused("name", "workforce.pcso.name.required");
        }
        if (name.length() > 200) {
            throw new WorkforceChangeRefused("name", "workforce.pcso.name.tooLong");
        }
        if (collarNumber == null || collarNumber.isEmpty()) {
            throw new WorkforceChangeRefused("collarNumber", "workforce.pcso.collarNumber.required");
        }
        if (collarNumber.length() > 20) {
            throw new WorkforceChangeRefused("collarNumber", "workforce.pcso.collarNumber.tooLong");
        }
        if (forceId == null) {
            throw new WorkforceChangeRefused("forceId", "workforce.pcso.forceId.required");
        }
        if (startDate == null) {
            throw new WorkforceChangeRefused("startDate", "workforce.pcso.startDate.required");
        }
    }
}
