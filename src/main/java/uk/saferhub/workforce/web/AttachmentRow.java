package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.util.UUID;

import uk.saferhub.workforce.PatrolAttachment;

/** An attachment in a PCSO's history: ward, role, dates, whether it holds today and whether it may still be ended. */
record AttachmentRow(UUID id, String ward, String role, String from, String to, String state, boolean open) {

    static AttachmentRow of(PatrolAttachment attachment, WorkforceNames.Lookup names, LocalDate today) {
        String state = attachment.holdsOn(today) ? "Current"
                : attachment.from().isAfter(today) ? "Starts later" : "Ended";
        return new AttachmentRow(attachment.id(), names.ward(attachment.wardId()), attachment.role().label(),
                WorkforceDisplay.day(attachment.from()), attachment.to() == null ? "No end date" : WorkforceDisplay.day(attachment.to()),
                state, !attachment.ended());
    }
}
