package uk.saferhub.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Shows a moment in UK time the GOV.UK way: "4 June 2026", "2:05pm", or with seconds "2:05:09pm". */
public final class DisplayTime {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter TIME_WITH_SECONDS = DateTimeFormatter.ofPattern("h:mm:ssa", Locale.UK);

    private DisplayTime() {
    }

    /** "4 June 2026 at 2:05pm", or {@code whenNever} for no moment. */
    public static String of(Instant instant, String whenNever) {
        if (instant == null) {
            return whenNever;
        }
        return dateOf(instant) + " at " + TIME.format(instant.atZone(UK)).toLowerCase(Locale.UK);
    }

    public static String dateOf(Instant instant) {
        return DATE.format(instant.atZone(UK));
    }

    /** A day as "4 December 2026". */
    public static String dateOf(LocalDate day) {
        return DATE.format(day);
    }

    /** The time with seconds, as an audit trail needs. */
    public static String timeOf(Instant instant) {
        return TIME_WITH_SECONDS.format(instant.atZone(UK)).toLowerCase(Locale.UK);
    }
}
