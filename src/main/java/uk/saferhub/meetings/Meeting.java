package uk.saferhub.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

import uk.saferhub.partnership.BodyId;

/**
 * A meeting of a body, generated from its cadence or added by hand; times are Europe/London. A moved meeting keeps
 * where it was and why; a cancelled one keeps its reason; {@code sequence} counts changes for calendar programs.
 */
public record Meeting(UUID id, BodyId bodyId, String title, String purpose, String windowText, ZonedDateTime start,
        ZonedDateTime end, String location, MeetingStatus status, boolean fromCadence, String cancelReason,
        ZonedDateTime movedFrom, String moveReason, int sequence, Instant updatedAt) {

    public boolean held() {
        return status == MeetingStatus.HELD;
    }

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    /** The meeting cancelled with the reason, as of {@code at}; calendars see a new sequence. */
    Meeting cancelledBecause(String reason, Instant at) {
        return new Meeting(id, bodyId, title, purpose, windowText, start, end, location, MeetingStatus.CANCELLED,
                fromCadence, reason, movedFrom, moveReason, sequence + 1, at);
    }

    /** The meeting recorded as held, as of {@code at}. */
    Meeting heldAt(Instant at) {
        return new Meeting(id, bodyId, title, purpose, windowText, start, end, location, MeetingStatus.HELD,
                fromCadence, null, movedFrom, moveReason, sequence, at);
    }

    /** The meeting at a new time and place, keeping where it first was and saying why. */
    Meeting movedTo(ZonedDateTime newStart, ZonedDateTime newEnd, String newLocation, String reason, Instant at) {
        return new Meeting(id, bodyId, title, purpose, windowText, newStart, newEnd, newLocation, status,
                fromCadence, null, movedFrom == null ? start : movedFrom, reason, sequence + 1, at);
    }

    /** The meeting at the time, place and purpose its cadence now gives it. */
    Meeting retimed(String newPurpose, String newWindow, ZonedDateTime newStart, ZonedDateTime newEnd,
            String newLocation, Instant at) {
        return new Meeting(id, bodyId, title, newPurpose, newWindow, newStart, newEnd, newLocation, status, true,
                null, null, null, sequence + 1, at);
    }

    /** The day the meeting is known by in its cadence: the day it was first on, when it was moved. */
    LocalDate cadenceDay() {
        return movedFrom == null ? start.toLocalDate() : movedFrom.toLocalDate();
    }
}
