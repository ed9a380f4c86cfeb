package uk.saferhub.meetings.internal;

import java.util.UUID;

/** One person's attendance at a meeting; a substitute is present in place of a member. */
public record Attendance(UUID meetingId, UUID personId, AttendanceStatus status, UUID substituteForPersonId) {
}
