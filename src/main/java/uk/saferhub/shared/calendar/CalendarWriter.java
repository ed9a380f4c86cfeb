package uk.saferhub.shared.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Writes meetings as an RFC 5545 iCalendar feed (text/calendar) that calendar applications subscribe to. */
public final class CalendarWriter {

    /** The media type of what {@link #write} returns. */
    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    static final String PRODUCT_ID = "-//SaferHub//Meetings//EN";

    private static final String CRLF = "\r\n";

    private static final int MAX_LINE_OCTETS = 75;

    /** Europe/London as ical4j ships it in its jar (zoneinfo/Europe/London.ics); never fetched over the network. */
    private static final VTimeZone LONDON = TimeZoneRegistryFactory.getInstance().createRegistry()
            .getTimeZone(CalendarEvent.LONDON.getId()).getVTimeZone();

    private CalendarWriter() {
    }

    /**
     * The feed for {@code events}, named {@code calendarName} in calendar applications: a VCALENDAR with the
     * Europe/London VTIMEZONE and one VEVENT per event, CRLF line endings, lines folded at 75 octets.
     */
    public static String write(String calendarName, List<CalendarEvent> events) {
        Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Calendar calendar = new Calendar()
                .withProperty(new ProdId(PRODUCT_ID))
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new XProperty("X-WR-CALNAME", plainText(calendarName)))
                .withComponent(LONDON)
                .getFluentTarget();
        for (CalendarEvent event : events) {
            calendar.add(vEvent(event, stamp));
        }
        return folded(calendar.toString());
    }

    private static VEvent vEvent(CalendarEvent event, Instant stamp) {
        VEvent vEvent = new VEvent(event.start(), event.end(), plainText(event.summary()));
        vEvent.replace(new DtStamp(stamp));
        vEvent.add(new Uid(event.uid() + "@saferhub"));
        vEvent.add(new Sequence(event.sequence()));
        vEvent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        vEvent.add(new LastModified(event.lastModified().truncatedTo(ChronoUnit.SECONDS)));
        if (event.description() != null && !event.description().isBlank()) {
            vEvent.add(new Description(plainText(event.description())));
        }
        if (event.location() != null && !event.location().isBlank()) {
            vEvent.add(new Location(plainText(event.location())));
        }
        if (event.url() != null && !event.url().isBlank()) {
            vEvent.add(new Url(URI.create(event.url())));
        }
        return vEvent;
    }

    /**
     * Text a property may carry safely: every line break becomes a plain newline, which ical4j escapes as
     * {@code \n} (it escapes only CRLF and LF, so a lone CR would otherwise reach the output raw and could start a
     * forged property), and other control characters, which RFC 5545 does not allow in TEXT, are dropped. Leading
     * and trailing white space goes too: ical4j's parser trims it, so it would not survive a round trip anyway.
     */
    static String plainText(String text) {
        if (text == null) {
            return "";
        }
        String newlines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder safe = new StringBuilder(newlines.length());
        newlines.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(safe::appendCodePoint);
        return safe.toString().strip();
    }

    /**
     * Folds each content line so that no line is longer than 75 octets of UTF-8 (ical4j's own folding counts
     * characters, so a line with accented letters or dashes could exceed it), never splitting a character.
     */
    static String folded(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split(CRLF)) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int width = utf8Octets(codePoint);
                if (octets + width > MAX_LINE_OCTETS) {
                    out.append(CRLF).append(' ');
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += width;
                i += Character.charCount(codePoint);
            }
            out.append(CRLF);
        }
        return out.toString();
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
