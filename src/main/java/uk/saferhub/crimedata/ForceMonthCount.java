package uk.saferhub.crimedata;

import java.time.YearMonth;

/**
 * How many rows are held for one force (its data.police.uk key, such as "cambridgeshire") and month: street-level
 * crimes, or with {@code outcomes} the outcomes recorded in that month.
 */
public record ForceMonthCount(String force, YearMonth month, long rows, boolean outcomes) {

    /** Street-level crimes of a force-month. */
    public ForceMonthCount(String force, YearMonth month, long rows) {
        this(force, month, rows, false);
    }
}
