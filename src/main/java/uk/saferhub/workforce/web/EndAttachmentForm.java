package uk.saferhub.workforce.web;

import java.time.LocalDate;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;

/** The last day of an attachment, as posted. */
record EndAttachmentForm(@DateEntered(name = "workforce.end.to.name") DateInput to) {

    EndAttachmentForm {
        to = DateInput.orEmpty(to);
    }

    static EndAttachmentForm on(LocalDate day) {
        return new EndAttachmentForm(DateInput.of(day));
    }
}
