package uk.saferhub.meetings.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One person's attendance at a body's meetings (cancelled meetings left out): present, apologies, absent. */
public record AttendanceRecord(UUID personId, int present, int apologies, int absent, int asSubstitute) {

    public int recorded() {
        return present + apologies + absent;
    }

    /** Present as a whole percentage of the meetings recorded for this person. */
    public int presentPercent() {
        return recorded() == 0 ? 0 : Math.round(100f * present / recorded());
    }

    public static List<AttendanceRecord> tally(List<Attendance> attendance) {
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        for (Attendance one : attendance) {
            int[] c = counts.computeIfAbsent(one.personId(), k -> new int[4]);
            c[one.status().ordinal()]++;
            if (one.substituteForPersonId() != null) {
                c[3]++;
            }
        }
        List<AttendanceRecord> tally = new ArrayList<>();
        counts.forEach((person, c) -> tally.add(new AttendanceRecord(person, c[0], c[1], c[2], c[3])));
        return tally;
    }
}
