package uk.saferhub.tasking.web;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.PlainText;
import uk.saferhub.tasking.internal.ActionDetails;
import uk.saferhub.tasking.internal.ActionKind;
import uk.saferhub.tasking.internal.ActionStatus;
import uk.saferhub.tasking.internal.PriorityAction;

/** An action under a priority as posted; {@code version} is the version the person read (none for a new one). */
record PriorityActionForm(
        @Size(max = 2000, message = "{tasking.form.description.tooLong}")
        @PlainText(lineBreaks = true) String description,
        UUID ownerOrganisationId,
        UUID ownerPersonId,
        @Size(max = 200, message = "{tasking.form.team.tooLong}") @PlainText String ownerTeam,
        ActionKind kind,
        @DateEntered(name = "tasking.action.due.name", required = false) DateInput due,
        Boolean byNextCycle,
        ActionStatus status,
        @PlainText(lineBreaks = true) String outcome,
        Integer version) {

    PriorityActionForm {
        due = DateInput.orEmpty(due);
    }

    static PriorityActionForm empty() {
        return new PriorityActionForm(null, null, null, null, ActionKind.PROACTIVE, DateInput.empty(), false,
                ActionStatus.OPEN, null, 0);
    }

    static PriorityActionForm of(PriorityAction a) {
        return new PriorityActionForm(a.description(), a.ownerOrganisationId(), a.ownerPersonId(), a.ownerTeam(),
                a.kind(), DateInput.of(a.dueDate()), a.byNextCycle(), a.status(), a.outcome(), a.version());
    }

    ActionDetails details() {
        return new ActionDetails(description, ownerOrganisationId, ownerPersonId, ownerTeam, kind,
                due.isBlank() ? null : due.date(), Boolean.TRUE.equals(byNextCycle), status, outcome);
    }
}
