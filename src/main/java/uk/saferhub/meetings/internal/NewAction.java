package uk.saferhub.meetings.internal;

import java.time.LocalDate;
import java.util.UUID;

/** An action agreed at a meeting: what, who owns it (a person or an organisation), by when, under which item. */
public record NewAction(String description, UUID ownerPersonId, UUID ownerOrganisationId, LocalDate dueDate,
        UUID agendaItemId) {
}
