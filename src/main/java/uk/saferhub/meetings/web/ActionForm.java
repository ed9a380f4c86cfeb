package uk.saferhub.meetings.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.meetings.internal.NewAction;
import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/** An action as posted: what, its owner (a person or an organisation), the due date and the agenda item. */
record ActionForm(
        @NotBlank(message = "{meetings.action.description.required}")
        @Size(max = 2000, message = "{meetings.action.description.tooLong}")
        @PlainText(lineBreaks = true) String description,
        UUID ownerPersonId,
        UUID ownerOrganisationId,
        @DateEntered(name = "meetings.action.due.name") DateInput due,
        UUID agendaItemId) {

    ActionForm {
        due = DateInput.orEmpty(due);
    }

    static ActionForm empty() {
        return new ActionForm(null, null, null, DateInput.empty(), null);
    }

    /** One owner, a person or an organisation. */
    void check(Errors errors) {
        if (ownerPersonId == null && ownerOrganisationId == null && !errors.hasFieldErrors("ownerPersonId")
                && !errors.hasFieldErrors("ownerOrganisationId")) {
            FormErrors.reject(errors, "ownerPersonId", "meetings.action.owner.required");
        } else if (ownerPersonId != null && ownerOrganisationId != null) {
            FormErrors.reject(errors, "ownerPersonId", "meetings.action.owner.both");
        }
    }

    NewAction details() {
        return new NewAction(description, ownerPersonId, ownerOrganisationId, due.date(), agendaItemId);
    }
}
