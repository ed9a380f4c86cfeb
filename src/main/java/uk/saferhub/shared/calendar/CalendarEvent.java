package uk.saferhub.shared.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One meeting as it appears in an iCalendar feed, its times held as Europe/London local times.
 *
 * @param uid          the meeting's id; calendars know it as {@code <uid>@saferhub}
 * @param sequence     how many times the meeting has been revised (moved, cancelled), 0 for the first version
 * @param start        when it starts (converted to Europe/London if given in another zone)
 * @param end          when it ends, not before {@code start}
 * @param summary      the title a calendar shows
 * @param description  longer text, or null
 * @param location     where it is held, or null
 * @param cancelled    true once the meeting is cancelled: the feed keeps it with STATUS:CANCELLED
 * @param lastModified when the meeting was last changed
 * @param url          the meeting's page in SaferHub, or null
 */
public record CalendarEvent(UUID uid, int sequence, ZonedDateTime start, ZonedDateTime end, String summary,
                            String description, String location, boolean cancelled, Instant lastModified,
                            String url) {

    /** The zone every SaferHub meeting is held in. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public CalendarEvent {
        if (uid == null || start == null || end == null || summary == null || lastModified == null) {
            throw new IllegalArgumentException("A calendar event needs a uid, start, end, summary and last-modified time");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("A calendar event's sequence cannot be negative");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A calendar event cannot end before it starts");
        }
        start = start.withZoneSameInstant(LONDON);
        end = end.withZoneSameInstant(LONDON);
    }
}
