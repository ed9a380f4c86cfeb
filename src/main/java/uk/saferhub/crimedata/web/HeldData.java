package uk.saferhub.crimedata.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.saferhub.crimedata.ForceMonthCount;

/** What crime data is held, a line per force: its first and last month, how many months and rows. */
record HeldData(String force, YearMonth first, YearMonth last, int months, long rows) {

    static List<HeldData> of(List<ForceMonthCount> counts) {
        Map<String, List<ForceMonthCount>> byForce = new LinkedHashMap<>();
        counts.forEach(count -> byForce.computeIfAbsent(count.force(), k -> new ArrayList<>()).add(count));
        List<HeldData> held = new ArrayList<>();
        byForce.forEach((force, months) -> held.add(new HeldData(force,
                months.stream().map(ForceMonthCount::month).min(YearMonth::compareTo).orElseThrow(),
                months.stream().map(ForceMonthCount::month).max(YearMonth::compareTo).orElseThrow(), months.size(),
                months.stream().mapToLong(ForceMonthCount::rows).sum())));
        return held;
    }
}
