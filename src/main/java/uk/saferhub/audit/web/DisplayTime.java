package uk.saferhub.audit.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Shows a moment in UK time the GOV.UK way, with seconds, as an audit trail needs: "4 June 2026" and "2:05:09pm". */
final class DisplayTime {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm:ssa", Locale.UK);

    private DisplayTime() {
    }

    static String dateOf(Instant instant) {
        return DATE.format(instant.atZone(UK));
    }

    static String timeOf(Instant instant) {
        return TIME.format(instant.atZone(UK)).toLowerCase(Locale.UK);
    }
}
