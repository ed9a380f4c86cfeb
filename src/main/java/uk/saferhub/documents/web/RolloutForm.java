package uk.saferhub.documents.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;

/** A roll-out as posted: the area the agreement goes to and, optionally, the day it is in force from (else today). */
record RolloutForm(
        @NotNull(message = "{documents.agreementRolloutForm.placeId.required}") UUID placeId,
        @DateEntered(name = "documents.agreementRolloutForm.fromOn.name", required = false) DateInput fromOn) {

    RolloutForm {
        fromOn = DateInput.orEmpty(fromOn);
    }

    static RolloutForm empty() {
        return new RolloutForm(null, DateInput.empty());
    }
}
