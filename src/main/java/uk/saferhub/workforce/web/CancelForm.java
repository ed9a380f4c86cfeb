package uk.saferhub.workforce.web;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;

/** Calling off one date of a contact point, with the reason the public is given. */
record CancelForm(@DateEntered(name = "workforce.contact.cancel.date.name") DateInput date, String reason) {

    CancelForm {
        date = DateInput.orEmpty(date);
    }
}
