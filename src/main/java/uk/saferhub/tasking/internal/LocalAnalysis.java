package uk.saferhub.tasking.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.partnership.Body;

/**
 * The local data analysis of a tasking group's cycle as one reader sees it: the figures, the area's wards by name,
 * recorded crime in each of its areas over the cycle's months or the latest held (empty when none is held) and whether they may propose.
 */
public record LocalAnalysis(Body group, Meeting meeting, List<Meeting> meetings, Map<UUID, String> wardNames,
        LocalFigures figures, List<AreaCrime> crime, boolean mayPropose) {
}
