package uk.saferhub.tasking.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** What a person enters for an action, new or changed. */
public record ActionDetails(String description, UUID ownerOrganisationId, UUID ownerPersonId, String ownerTeam,
        ActionKind kind, LocalDate dueDate, boolean byNextCycle, ActionStatus status, String outcome,
        Map<OutcomeMeasure, Integer> figures) {

    public ActionDetails {
        figures = figures == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(figures));
    }

    /** Details without figures. */
    public ActionDetails(String description, UUID ownerOrganisationId, UUID ownerPersonId, String ownerTeam,
            ActionKind kind, LocalDate dueDate, boolean byNextCycle, ActionStatus status, String outcome) {
        this(description, ownerOrganisationId, ownerPersonId, ownerTeam, kind, dueDate, byNextCycle, status, outcome,
                Map.of());
    }
}
