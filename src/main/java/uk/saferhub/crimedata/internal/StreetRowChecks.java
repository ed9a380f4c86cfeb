package uk.saferhub.crimedata.internal;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.core.io.NumberInput;

/**
 * The checks a street-level row must pass to be loaded. Months are read as data.police.uk writes them ("2025-02") and
 * as a spreadsheet rewrites them ("Feb-25", "Feb-2025", "2025-02-01"); a month after the current one is refused, as is
 * a coordinate out of range or given without its partner, and a force data.police.uk does not name. An unknown crime
 * type is kept: the categories change over the years.
 */
final class StreetRowChecks {

    private static final List<DateTimeFormatter> MONTHS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM", Locale.UK),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM-yy").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM-uuuu").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM yy").toFormatter(Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.UK),
            DateTimeFormatter.ofPattern("uuuu/MM", Locale.UK));

    /** A row left out: a message key of messages/crimedata.properties and its values. */
    record Rejection(String key, Object... arguments) {
    }

    /** A row checked: accepted, or the reason it was not. */
    record Checked(StreetRow row, Rejection rejection) {
    }

    private final YearMonth latest;
    // A file's rows nearly all share one month and a few forces: the last answers are kept, not worked out again.
    private String lastMonthCell;
    private Optional<YearMonth> lastMonth = Optional.empty();
    private String lastReporter;
    private Optional<String> lastForce = Optional.empty();

    StreetRowChecks(YearMonth latest) {
        this.latest = latest;
    }

    /** Checks a row of a street-level file, or with {@code outcomes} of an outcomes file. */
    Checked check(String[] cells, boolean outcomes) {
        int columns = (outcomes ? StreetColumns.OUTCOMES_HEADER : StreetColumns.HEADER).size();
        if (cells.length != columns) {
            return rejected("crimedata.row.columns", cells.length, columns);
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        if (!cells[StreetColumns.MONTH].equals(lastMonthCell)) {
            lastMonth = month(cells[StreetColumns.MONTH]);
            lastMonthCell = cells[StreetColumns.MONTH];
        }
        Optional<YearMonth> month = lastMonth;
        if (month.isEmpty()) {
            return rejected("crimedata.row.month", cells[StreetColumns.MONTH]);
        }
        if (month.get().isAfter(latest)) {
            return rejected("crimedata.row.futureMonth", month.get().toString());
        }
        String reporter = cells[StreetColumns.REPORTED_BY].isEmpty() ? cells[StreetColumns.FALLS_WITHIN]
                : cells[StreetColumns.REPORTED_BY];
        if (!reporter.equals(lastReporter)) {
            lastForce = PoliceForces.key(reporter);
            lastReporter = reporter;
        }
        Optional<String> force = lastForce;
        if (force.isEmpty()) {
            return rejected("crimedata.row.force", reporter);
        }
        String lat = cells[StreetColumns.LATITUDE];
        String lng = cells[StreetColumns.LONGITUDE];
        double latitude = Double.NaN;
        double longitude = Double.NaN;
        if (!lat.isEmpty() || !lng.isEmpty()) {
            try {
                // Jackson's fast parser (FastDoubleParser, within jackson-core): Java's syntax, several times faster.
                latitude = NumberInput.parseDouble(lat, true);
                longitude = NumberInput.parseDouble(lng, true);
            } catch (NumberFormatException notANumber) {
                return rejected("crimedata.row.coordinates", lat, lng);
            }
            if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
                return rejected("crimedata.row.coordinatesRange", lat, lng);
            }
        }
        if (outcomes && cells[StreetColumns.CRIME_ID].isEmpty()) {
            return rejected("crimedata.row.outcomeCrimeId");
        }
        if (cells[StreetColumns.CRIME_TYPE].isEmpty()) {
            return rejected(outcomes ? "crimedata.row.outcomeType" : "crimedata.row.crimeType");
        }
        if (cells[StreetColumns.FALLS_WITHIN].isEmpty()) {
            cells[StreetColumns.FALLS_WITHIN] = reporter;
        }
        cells[StreetColumns.REPORTED_BY] = reporter;
        return new Checked(new StreetRow(force.get(), month.get().atDay(1), cells, latitude, longitude), null);
    }

    /** The month a cell names, in any of the forms real files use. */
    static Optional<YearMonth> month(String cell) {
        for (DateTimeFormatter format : MONTHS) {
            try {
                return Optional.of(YearMonth.from(format.parse(cell.strip())));
            } catch (java.time.DateTimeException notThisForm) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static Checked rejected(String key, Object... arguments) {
        return new Checked(null, new Rejection(key, arguments));
    }
}
