package uk.saferhub.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.saferhub.meetings.internal.ActionStatus;
import uk.saferhub.shared.web.PlainText;

/** Progress on an action as posted: the status it is now in and a note of what has happened. */
record ActionUpdateForm(
        @NotNull(message = "{meetings.actionUpdate.status.required}") ActionStatus status,
        @NotBlank(message = "{meetings.actionUpdate.note.required}")
        @Size(max = 2000, message = "{meetings.actionUpdate.note.tooLong}")
        @PlainText(lineBreaks = true) String note) {

    /** The form with the action's present status chosen. */
    static ActionUpdateForm of(ActionStatus current) {
        return new ActionUpdateForm(current, null);
    }
}
