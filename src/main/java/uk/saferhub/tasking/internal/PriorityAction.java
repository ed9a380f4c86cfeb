package uk.saferhub.tasking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** An action under a priority: what, who, pro-active or re-active, due when, and what came of it. */
public record PriorityAction(UUID id, UUID priorityId, String description, UUID ownerOrganisationId,
        UUID ownerPersonId, String ownerTeam, ActionKind kind, LocalDate dueDate, boolean byNextCycle,
        ActionStatus status, String outcome, Instant createdAt, Instant updatedAt, int version,
        Map<OutcomeMeasure, Integer> figures) {

    public PriorityAction {
        figures = figures == null || figures.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(figures));
    }

    /** An action without figures. */
    public PriorityAction(UUID id, UUID priorityId, String description, UUID ownerOrganisationId,
            UUID ownerPersonId, String ownerTeam, ActionKind kind, LocalDate dueDate, boolean byNextCycle,
            ActionStatus status, String outcome, Instant createdAt, Instant updatedAt, int version) {
        this(id, priorityId, description, ownerOrganisationId, ownerPersonId, ownerTeam, kind, dueDate, byNextCycle,
                status, outcome, createdAt, updatedAt, version, Map.of());
    }
}
