package uk.saferhub.workforce.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Attaches a PCSO to one or more wards in one role from a date, until a date or open-ended (null). */
public record NewAttachment(List<UUID> wardIds, AttachmentRole role, LocalDate from, LocalDate to) {

    public NewAttachment {
        wardIds = wardIds == null ? List.of() : wardIds.stream().distinct().toList();
        role = role == null ? AttachmentRole.DESIGNATED : role;
    }
}
