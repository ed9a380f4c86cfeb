package uk.saferhub.meetings;

import java.time.Instant;
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
}
