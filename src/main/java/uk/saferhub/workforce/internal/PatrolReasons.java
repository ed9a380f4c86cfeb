package uk.saferhub.workforce.internal;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import uk.saferhub.crimedata.CrimeLocation;

/** Why a place is in a patrol plan, in words kept with the visit (the plan is a record of what was decided). */
final class PatrolReasons {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private PatrolReasons() {
    }

    static String of(CrimeLocation spot, YearMonth from, YearMonth to, int visit, int visits, boolean peak) {
        return evidence(spot, from, to) + " Visit " + visit + " of " + visits + " this week"
                + (peak ? ", at a peak time for anti-social behaviour and disorder." : ".");
    }

    static String added(CrimeLocation spot, YearMonth from, YearMonth to) {
        return evidence(spot, from, to) + " Added by hand.";
    }

    private static String evidence(CrimeLocation spot, YearMonth from, YearMonth to) {
        String types = spot.byType().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(e -> e.getValue() + " " + e.getKey().toLowerCase(Locale.UK))
                .collect(Collectors.joining(", "));
        return String.format(Locale.UK, "%,d crimes, %,.0f days of harm, %s to %s (%s).", spot.crimes(), spot.harm(),
                from.format(MONTH), to.format(MONTH), types);
    }
}
