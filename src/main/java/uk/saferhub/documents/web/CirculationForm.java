package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.springframework.validation.Errors;

import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.NewCirculation;
import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/**
 * A draft's circulation as posted: why, to whom, the words for the control block, when sent (to the month when
 * {@code monthOnly}, as the seeds often record it) and when comments close.
 */
record CirculationForm(
        @NotNull(message = "{documents.circulate.purpose.required}") CirculationPurpose purpose,
        List<RecipientKey> recipients,
        @PlainText String recipientsLabel,
        @DateEntered(name = "documents.circulate.sent.name") DateInput sent,
        Boolean monthOnly,
        @DateEntered(name = "documents.circulate.closes.name", required = false) DateInput closes,
        @PlainText(lineBreaks = true) String note) {

    /**
     * A date sent to the month alone is the first of that month, so the one date rule checks the month and year; the
     * control block then writes the month only.
     */
    CirculationForm {
        sent = DateInput.orEmpty(sent);
        closes = DateInput.orEmpty(closes);
        if (Boolean.TRUE.equals(monthOnly) && (sent.day() == null || sent.day().isBlank())) {
            sent = new DateInput("1", sent.month(), sent.year());
        }
    }

    /** Sent today, everything else still to choose. */
    static CirculationForm sentOn(LocalDate today) {
        return new CirculationForm(null, null, null, DateInput.of(today), null, DateInput.empty(), null);
    }

    /** Recipients unless it goes to the approving body; a closing date when it goes out for comment. */
    void check(Errors errors) {
        if (purpose != null && purpose != CirculationPurpose.APPROVAL && (recipients == null || recipients.isEmpty())
                && !errors.hasFieldErrors("recipients")) {
            FormErrors.reject(errors, "recipients", "documents.circulate.recipients.required");
        }
        if (purpose == CirculationPurpose.COMMENT && closes.isBlank()) {
            FormErrors.reject(errors, "closes.day", "documents.circulate.closes.required");
        }
    }

    NewCirculation details() {
        return new NewCirculation(purpose, purpose == CirculationPurpose.APPROVAL || recipients == null ? List.of()
                : recipients.stream().map(RecipientKey::recipient).toList(), recipientsLabel, sent.date(),
                Boolean.TRUE.equals(monthOnly), purpose == CirculationPurpose.COMMENT ? closes.date() : null, note);
    }
}
