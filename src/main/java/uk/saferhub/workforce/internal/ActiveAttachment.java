package uk.saferhub.workforce.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An attachment that holds on a given day, with what coverage needs of its PCSO: which ward, through which scheme
 * (null: none), in which role, and the PCSO's team, force and status.
 */
public record ActiveAttachment(UUID attachmentId, UUID pcsoId, String pcsoName, String collarNumber,
        PcsoStatus status, UUID forceId, UUID teamId, UUID schemeId, UUID wardId, AttachmentRole role,
        LocalDate from, LocalDate to) {
}
