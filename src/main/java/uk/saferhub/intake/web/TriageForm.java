package uk.saferhub.intake.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.saferhub.intake.internal.Triage;
import uk.saferhub.shared.web.PlainText;

/**
 * A triage of one report on the queue: the report, what to do, a note residents see, for a duplicate its original,
 * for an assignment the officer, for a referral the partner, for a link the tasking priority.
 */
record TriageForm(
        @NotNull(message = "{intake.queue.report.required}") Long report,
        @NotNull(message = "{intake.queue.action.required}") Triage action,
        @Size(max = 1000, message = "{intake.queue.note.tooLong}") @PlainText(lineBreaks = true) String note,
        Long original,
        UUID officer,
        UUID partner,
        UUID priority) {

    static TriageForm empty() {
        return new TriageForm(null, null, null, null, null, null, null);
    }
}
