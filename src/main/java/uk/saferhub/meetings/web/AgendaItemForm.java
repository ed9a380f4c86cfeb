package uk.saferhub.meetings.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.internal.AgendaItemDetails;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/** An agenda item as posted: number (optional), title, presenter (a person or a name), exemption and minutes. */
record AgendaItemForm(
        @Min(value = 1, message = "{meetings.item.number.range}")
        @Max(value = 999, message = "{meetings.item.number.range}") Integer number,
        @NotBlank(message = "{meetings.item.title.required}")
        @Size(max = 300, message = "{meetings.item.title.tooLong}") @PlainText String title,
        UUID presenterPersonId,
        @Size(max = 200, message = "{meetings.item.presenterText.tooLong}") @PlainText String presenterText,
        Boolean exempt,
        @Size(max = 300, message = "{meetings.item.exemptReason.tooLong}") @PlainText String exemptReason,
        @Size(max = 20_000, message = "{meetings.item.minutes.tooLong}")
        @PlainText(lineBreaks = true) String minutes) {

    static AgendaItemForm empty() {
        return new AgendaItemForm(null, null, null, null, false, null, null);
    }

    static AgendaItemForm of(AgendaItem item) {
        return new AgendaItemForm(item.number(), item.title(), item.presenterPersonId(), item.presenterText(),
                item.exempt(), item.exemptReason(), item.minutes());
    }

    /** A presenter from the list or a name typed, not both. */
    void check(Errors errors) {
        if (presenterPersonId != null && presenterText != null && !presenterText.isBlank()) {
            FormErrors.reject(errors, "presenterPersonId", "meetings.item.presenter.both");
        }
    }

    AgendaItemDetails details() {
        return new AgendaItemDetails(number, title, presenterPersonId, presenterText, Boolean.TRUE.equals(exempt),
                exemptReason, minutes);
    }
}
