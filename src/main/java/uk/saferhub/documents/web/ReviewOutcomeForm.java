package uk.saferhub.documents.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import uk.saferhub.documents.ReviewOutcome;
import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.PlainText;

/** A review as posted: when it was done, what it decided (no change, revise, withdraw) and why. */
record ReviewOutcomeForm(
        @DateEntered(name = "documents.review.reviewed.name") DateInput reviewed,
        @NotNull(message = "{documents.review.outcome.required}") ReviewOutcome outcome,
        @PlainText(lineBreaks = true) String note) {

    ReviewOutcomeForm {
        reviewed = DateInput.orEmpty(reviewed);
    }

    /** Reviewed on the day given (today), nothing decided yet. */
    static ReviewOutcomeForm reviewedOn(LocalDate day) {
        return new ReviewOutcomeForm(DateInput.of(day), null, null);
    }
}
