package uk.saferhub.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A draft sent out: to whom (and the words the control block uses for them, such as "Police, Environmental Services
 * &amp; Community Safety"), when (to the day or, as the seeds often record, to the month), why, and by when comments
 * are due.
 */
public record Circulation(UUID id, UUID documentId, UUID versionId, String versionLabel, CirculationPurpose purpose,
        LocalDate sentOn, boolean monthOnly, String recipientsLabel, List<Recipient> recipients, LocalDate closesOn,
        String note, Instant recordedAt, String recordedBy) {

    public Circulation {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** Whether comments are still accepted on the given day. */
    public boolean openOn(LocalDate day) {
        return purpose == CirculationPurpose.COMMENT && closesOn != null && !day.isAfter(closesOn);
    }
}
