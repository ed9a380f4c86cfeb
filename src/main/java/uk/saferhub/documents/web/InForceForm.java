package uk.saferhub.documents.web;

import java.time.LocalDate;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;

/** The date an approved document comes into force, as posted. */
record InForceForm(@DateEntered(name = "documents.inForce.from.name") DateInput from) {

    InForceForm {
        from = DateInput.orEmpty(from);
    }

    /** Prefilled with the day given (today). */
    static InForceForm on(LocalDate day) {
        return new InForceForm(DateInput.of(day));
    }
}
