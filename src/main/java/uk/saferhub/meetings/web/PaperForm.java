package uk.saferhub.meetings.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import uk.saferhub.shared.web.PlainText;

/** A paper as posted: title, the web address it is published at, and the agenda item it is for (optional). */
record PaperForm(
        @NotBlank(message = "{meetings.paper.title.required}")
        @Size(max = 300, message = "{meetings.paper.title.tooLong}") @PlainText String title,
        @Size(max = 1000, message = "{meetings.paper.link.tooLong}")
        @PlainText(message = "{meetings.paper.link.invalid}") String link,
        UUID agendaItemId) {

    static PaperForm empty() {
        return new PaperForm(null, null, null);
    }
}
