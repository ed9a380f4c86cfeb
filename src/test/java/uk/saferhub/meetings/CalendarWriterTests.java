package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.TimeZoneUpdater;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

import uk.saferhub.shared.calendar.CalendarEvent;
import uk.saferhub.shared.calendar.CalendarWriter;

class CalendarWriterTests {

    private static final Instant CHANGED = Instant.parse("2026-05-01T09:30:00Z");

    @Test
    void eachMeetingIsAnEventWithItsUidSequenceAndStatus() throws Exception {
        CalendarEvent held = meeting(LocalDateTime.of(2026, 7, 2, 10, 0), "Leeds East tasking", 0, false);
        CalendarEvent cancelled = meeting(LocalDateTime.of(2026, 8, 13, 10, 0), "Leeds East tasking", 2, true);

        Calendar calendar = parse(CalendarWriter.write("Leeds East tasking group", List.of(held, cancelled)));

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent first = eventWithUid(events, held.uid() + "@saferhub");
        VEvent second = eventWithUid(events, cancelled.uid() + "@saferhub");
        assertThat(first.getSequence().getSequenceNo()).isZero();
        assertThat(first.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(second.getSequence().getSequenceNo()).isEqualTo(2);
        assertThat(second.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(second.getLastModified().getDate()).isEqualTo(CHANGED);
        assertThat(second.getDateTimeStamp()).isNotNull();
        assertThat(second.getUrl().getValue()).isEqualTo("https://saferhub.example/meetings/" + cancelled.uid());
        assertThat(second.getLocation().getValue()).isEqualTo("Civic Hall, Room 3");
    }

    @Test
    void aTenOClockMeetingIsTenOClockLondonTimeInSummerAndInWinter() throws Exception {
        CalendarEvent july = meeting(LocalDateTime.of(2026, 7, 2, 10, 0), "Community Safety Board", 0, false);
        CalendarEvent december = meeting(LocalDateTime.of(2026, 12, 3, 10, 0), "Community Safety Board", 0, false);

        String feed = CalendarWriter.write("Community Safety Board", List.of(july, december));
        Calendar calendar = parse(feed);

        assertThat(feed).contains("DTSTART;TZID=Europe/London:20260702T100000",
                "DTSTART;TZID=Europe/London:20261203T100000", "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n");
        ZonedDateTime summer = startOf(eventWithUid(calendar.getComponents(Component.VEVENT), july.uid() + "@saferhub"));
        ZonedDateTime winter = startOf(eventWithUid(calendar.getComponents(Component.VEVENT), december.uid() + "@saferhub"));
        assertThat(summer.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(winter.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(summer.getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(winter.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(summer.toInstant()).isEqualTo(Instant.parse("2026-07-02T09:00:00Z"));
        assertThat(winter.toInstant()).isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
    }

    @Test
    void aSummaryWithCommasSemicolonsAndANewlineRoundTrips() throws Exception {
        String summary = "Scrutiny Panel (Finance; Planning), item 4\nGovernance Protocol, C:\\new";

        String feed = CalendarWriter.write("Scrutiny Panel", List.of(meeting(LocalDateTime.of(2026, 9, 9, 18, 30), summary, 0, false)));

        assertThat(feed.replace("\r\n ", "")).contains("SUMMARY:Scrutiny Panel (Finance\\; Planning)\\, item 4\\nGovernance Protocol\\, C:\\\\new");
        VEvent event = parse(feed).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo(summary);
    }

    @Test
    void lineBreaksInASummaryCannotStartAForgedProperty() throws Exception {
        String summary = "Tasking\rEND:VEVENT\r\nBEGIN:VEVENT\nUID:forged\u0000\u0007";

        String feed = CalendarWriter.write("Tasking\r\nX-INJECTED:yes", List.of(meeting(LocalDateTime.of(2026, 7, 2, 10, 0), summary, 0, false)));
        Calendar calendar = parse(feed);

        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).hasSize(1);
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT).getFirst().getSummary().getValue())
                .isEqualTo("Tasking\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged");
        assertThat(calendar.getProperty("X-INJECTED")).isEmpty();
        assertThat(feed.lines()).noneMatch(line -> line.startsWith("UID:forged") || line.startsWith("X-INJECTED"));
    }

    @Test
    void anEmptyFeedIsStillAValidCalendar() throws Exception {
        String feed = CalendarWriter.write("Officer Support Group", List.of());

        Calendar calendar = parse(feed);

        assertThat(calendar.getProductId().getValue()).isEqualTo("-//SaferHub//Meetings//EN");
        assertThat(calendar.getVersion().getValue()).isEqualTo("2.0");
        assertThat(calendar.getCalendarScale().getValue()).isEqualTo("GREGORIAN");
        assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.getProperty("X-WR-CALNAME")).hasValueSatisfying(
                name -> assertThat(name.getValue()).isEqualTo("Officer Support Group"));
        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void theFeedHasCrlfLineEndingsAndNoLineLongerThan75Octets() throws Exception {
        String description = "Cyngor Sir Ynys Môn – Crime and Disorder Act 1998 ss.5–7; “statutory” partners, "
                .repeat(6) + "🙂".repeat(40);
        CalendarEvent event = new CalendarEvent(UUID.randomUUID(), 1,
                LocalDateTime.of(2026, 10, 25, 10, 0).atZone(CalendarEvent.LONDON),
                LocalDateTime.of(2026, 10, 25, 12, 0).atZone(CalendarEvent.LONDON),
                "Divisional Community Safety Partnership – Ynys Môn ".repeat(3), description, "Llangefni", false,
                CHANGED, null);

        String feed = CalendarWriter.write("Ynys Môn", List.of(event));

        assertThat(feed.replace("\r\n", "")).doesNotContain("\r", "\n");
        assertThat(feed.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        VEvent parsed = parse(feed).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(parsed.getDescription().getValue()).isEqualTo(description);
        assertThat(parsed.getSummary().getValue()).isEqualTo(event.summary().strip());
    }

    @Test
    void timeZoneDefinitionsAreNeverRefreshedOverTheNetwork() {
        assertThat(new TimeZoneUpdater().isEnabled()).isFalse();
    }

    private static CalendarEvent meeting(LocalDateTime start, String summary, int sequence, boolean cancelled) {
        UUID uid = UUID.randomUUID();
        return new CalendarEvent(uid, sequence, start.atZone(CalendarEvent.LONDON),
                start.plusHours(2).atZone(CalendarEvent.LONDON), summary, "Agenda, papers and minutes in SaferHub",
                "Civic Hall, Room 3", cancelled, CHANGED, "https://saferhub.example/meetings/" + uid);
    }

    private static Calendar parse(String feed) throws Exception {
        return new CalendarBuilder().build(new StringReader(feed));
    }

    private static VEvent eventWithUid(List<VEvent> events, String uid) {
        return events.stream().filter(event -> event.getUid().map(u -> u.getValue().equals(uid)).orElse(false)).findFirst().orElseThrow();
    }

    private static ZonedDateTime startOf(VEvent event) {
        DtStart<ZonedDateTime> start = event.getDateTimeStart();
        assertThat(start.<TzId>getParameter(Parameter.TZID)).hasValueSatisfying(
                tzId -> assertThat(tzId.getValue()).isEqualTo("Europe/London"));
        return start.getDate();
    }
}
