package uk.saferhub.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action agreed at a meeting, owned by a person or an organisation, due by a date. */
public record MeetingAction(UUID id, UUID meetingId, UUID agendaItemId, int number, String description,
        UUID ownerPersonId, UUID ownerOrganisationId, LocalDate dueDate, ActionStatus status, LocalDate closedOn,
        Instant createdAt, Instant updatedAt) {

    /** Still open after its due date. */
    public boolean overdueOn(LocalDate today) {
        return !status.closed() && dueDate.isBefore(today);
    }
}
