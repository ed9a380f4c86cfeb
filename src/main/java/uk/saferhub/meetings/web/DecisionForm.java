package uk.saferhub.meetings.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import uk.saferhub.shared.web.PlainText;

/** A decision as posted: its text (several lines allowed) and the agenda item it was made under (optional). */
record DecisionForm(
        @NotBlank(message = "{meetings.decision.text.required}")
        @Size(max = 5000, message = "{meetings.decision.text.tooLong}")
        @PlainText(lineBreaks = true) String text,
        UUID agendaItemId) {

    static DecisionForm empty() {
        return new DecisionForm(null, null);
    }
}
