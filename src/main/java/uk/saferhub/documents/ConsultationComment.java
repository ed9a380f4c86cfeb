package uk.saferhub.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A consultee's comment on a circulated draft, against one section or the whole document. */
public record ConsultationComment(UUID id, UUID circulationId, String sectionRef, String sectionLabel,
        Recipient commenter, String text, LocalDate receivedOn, Instant recordedAt, String recordedBy) {
}
