package uk.saferhub.documents.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.PlainText;

/** A pilot's evaluation as posted: the day, what was found, and whether the pilot met its criteria. */
record EvaluationForm(
        @DateEntered(name = "documents.agreementEvaluationForm.evaluatedOn.name") DateInput evaluatedOn,
        @NotBlank(message = "{documents.agreementEvaluationForm.evaluationResult.required}")
        @PlainText(lineBreaks = true) String evaluationResult,
        @NotNull(message = "{documents.agreementEvaluationForm.successful.required}") Boolean successful) {

    EvaluationForm {
        evaluatedOn = DateInput.orEmpty(evaluatedOn);
    }

    static EvaluationForm empty() {
        return new EvaluationForm(DateInput.empty(), null, null);
    }
}
