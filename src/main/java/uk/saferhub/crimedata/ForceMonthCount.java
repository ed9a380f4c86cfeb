package uk.saferhub.crimedata;

import java.time.YearMonth;

/** How many street-level rows are held for one force (its data.police.uk key, such as "cambridgeshire") and month. */
public record ForceMonthCount(String force, YearMonth month, long rows) {
}
