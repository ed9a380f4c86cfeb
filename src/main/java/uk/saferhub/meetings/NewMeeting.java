package uk.saferhub.meetings;

import java.time.LocalDateTime;

/** A meeting added by hand (an extraordinary meeting, or one for a body without a cadence); London local times. */
public record NewMeeting(String title, String purpose, LocalDateTime start, LocalDateTime end, String location) {
}
