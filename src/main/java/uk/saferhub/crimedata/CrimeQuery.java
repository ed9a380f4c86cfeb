package uk.saferhub.crimedata;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * What a crime analysis is of: a place (any place of the geography: its wards' rows are counted) and/or a force
 * (data.police.uk key, such as "cambridgeshire": all its rows, in a ward or not), the months from {@code from} to
 * {@code to} (both included), and the crime types (none: all). Nothing given: every row held.
 */
public record CrimeQuery(UUID placeId, String force, YearMonth from, YearMonth to, List<String> categories) {

    public CrimeQuery {
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from is after to");
        }
    }

    /** The number of months of the period. */
    public int months() {
        return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
    }

    /** The same query for another period. */
    public CrimeQuery over(YearMonth otherFrom, YearMonth otherTo) {
        return new CrimeQuery(placeId, force, otherFrom, otherTo, categories);
    }
}
