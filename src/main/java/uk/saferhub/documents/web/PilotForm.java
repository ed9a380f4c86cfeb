package uk.saferhub.documents.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import uk.saferhub.documents.NewPilot;
import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.PlainText;

/** A pilot as posted: the trial area chosen, its first and last days, and the criteria it will be judged by. */
record PilotForm(
        @NotNull(message = "{documents.agreementPilotForm.placeId.required}") UUID placeId,
        @DateEntered(name = "documents.agreementPilotForm.startsOn.name") DateInput startsOn,
        @DateEntered(name = "documents.agreementPilotForm.endsOn.name") DateInput endsOn,
        @NotBlank(message = "{documents.agreementPilotForm.evaluationCriteria.required}")
        @PlainText(lineBreaks = true) String evaluationCriteria) {

    PilotForm {
        startsOn = DateInput.orEmpty(startsOn);
        endsOn = DateInput.orEmpty(endsOn);
    }

    static PilotForm empty() {
        return new PilotForm(null, DateInput.empty(), DateInput.empty(), null);
    }

    NewPilot details() {
        return new NewPilot(placeId, startsOn.date(), endsOn.date(), evaluationCriteria);
    }
}
