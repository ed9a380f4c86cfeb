package uk.saferhub.tasking.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.PlainText;
import uk.saferhub.tasking.internal.ActionDetails;
import uk.saferhub.tasking.internal.ActionKind;
import uk.saferhub.tasking.internal.ActionStatus;
import uk.saferhub.tasking.internal.OutcomeMeasure;
import uk.saferhub.tasking.internal.TaskingChangeRefused;
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
        Integer version,
        Map<OutcomeMeasure, String> figures) {

    PriorityActionForm {
        due = DateInput.orEmpty(due);
        Map<OutcomeMeasure, String> given = new EnumMap<>(OutcomeMeasure.class);
        if (figures != null) {
            given.putAll(figures);
        }
        figures = given;
    }

    static PriorityActionForm empty() {
        return new PriorityActionForm(null, null, null, null, ActionKind.PROACTIVE, DateInput.empty(), false,
                ActionStatus.OPEN, null, 0, null);
    }

    static PriorityActionForm of(PriorityAction a) {
        return new PriorityActionForm(a.description(), a.ownerOrganisationId(), a.ownerPersonId(), a.ownerTeam(),
                a.kind(), DateInput.of(a.dueDate()), a.byNextCycle(), a.status(), a.outcome(), a.version(),
                a.figures().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        figure -> String.valueOf(figure.getValue()))));
    }

    ActionDetails details() {
        return new ActionDetails(description, ownerOrganisationId, ownerPersonId, ownerTeam, kind,
                due.isBlank() ? null : due.date(), Boolean.TRUE.equals(byNextCycle), status, outcome, counts());
    }

    /** The figures entered as whole numbers; one that is not is refused naming its box. */
    private Map<OutcomeMeasure, Integer> counts() {
        Map<OutcomeMeasure, Integer> counts = new EnumMap<>(OutcomeMeasure.class);
        figures.forEach((measure, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            try {
                counts.put(measure, Integer.parseInt(text.strip().replace(",", "")));
            } catch (NumberFormatException notWhole) {
                throw new TaskingChangeRefused("figures[" + measure.name() + "]", "tasking.action.figure.whole");
            }
        });
        return counts;
    }
}
