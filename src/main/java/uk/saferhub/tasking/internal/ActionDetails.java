package uk.saferhub.tasking.internal;

import java.time.LocalDate;
import java.util.UUID;

/** What a person enters for an action, new or changed. */
public record ActionDetails(String description, UUID ownerOrganisationId, UUID ownerPersonId, String ownerTeam,
        ActionKind kind, LocalDate dueDate, boolean byNextCycle, ActionStatus status, String outcome) {
}
