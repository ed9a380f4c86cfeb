package uk.saferhub.crimedata.internal;

import java.time.LocalDate;
import java.util.UUID;

/** One accepted street-level row, its month as the first day of the month; coordinates NaN where it has none. */
final class StreetRow {

    final String force;
    final LocalDate month;
    final String[] cells;
    final double latitude;
    final double longitude;
    /** Whether this is a row of an outcomes file (cells as {@link StreetColumns#OUTCOMES_HEADER}). */
    final boolean outcome;
    UUID ward;

    StreetRow(String force, LocalDate month, String[] cells, double latitude, double longitude) {
        this.force = force;
        this.outcome = cells.length == StreetColumns.OUTCOMES_HEADER.size();
        this.month = month;
        this.cells = cells;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    String lsoaCode() {
        return cells[StreetColumns.LSOA_CODE];
    }
}
