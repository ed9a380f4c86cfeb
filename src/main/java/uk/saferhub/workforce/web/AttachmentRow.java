package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.util.UUID;

import uk.saferhub.workforce.internal.AttachmentRole;
import uk.saferhub.workforce.internal.PatrolAttachment;

/** An attachment in a PCSO's history: ward, role, dates, whether it holds today and whether it may still be ended. */
record AttachmentRow(UUID id, String ward, AttachmentRole role, LocalDate from, LocalDate to, State state,
        boolean open) {

    /** Where the attachment stands today. */
    enum State { CURRENT, LATER, ENDED }

    static AttachmentRow of(PatrolAttachment attachment, WorkforceNames.Lookup names, LocalDate today) {
        State state = attachment.holdsOn(today) ? State.CURRENT
                : attachment.from().isAfter(today) ? State.LATER : State.ENDED;
        return new AttachmentRow(attachment.id(), names.ward(attachment.wardId()), attachment.role(),
                attachment.from(), attachment.to(), state, !attachment.ended());
    }
}
