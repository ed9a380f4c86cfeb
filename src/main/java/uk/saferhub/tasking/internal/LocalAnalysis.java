package uk.saferhub.tasking.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.partnership.Body;
import uk.saferhub.tasking.CrimeFiguresForTasking.CrimeCount;

/**
 * The local data analysis of a tasking group's cycle as one reader sees it: the figures, the area's wards by name,
 * crime counts of the latest cycle (null when no crime figures are available yet) and whether they may propose.
 */
public record LocalAnalysis(Body group, Meeting meeting, List<Meeting> meetings, Map<UUID, String> wardNames,
        LocalFigures figures, List<CrimeCount> crime, boolean mayPropose) {
}
