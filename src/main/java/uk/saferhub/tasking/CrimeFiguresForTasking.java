package uk.saferhub.tasking;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Recorded crime for the local data analysis, when a crime-data capability provides it (issue 14): implement this as
 * a bean and the analysis adds crime counts by category and ward to each cycle. With no bean the analysis says crime
 * figures are not available yet.
 */
public interface CrimeFiguresForTasking {

    /** Crimes recorded in any of the wards in the months from {@code from} to {@code to}, counted by category and ward. */
    List<CrimeCount> counts(Set<UUID> wardIds, LocalDate from, LocalDate to);

    /** A count of one category of crime in one ward. */
    record CrimeCount(String category, UUID wardId, long count) {
    }
}
