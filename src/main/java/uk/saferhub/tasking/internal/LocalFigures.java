package uk.saferhub.tasking.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.saferhub.intake.LocalItem;

/**
 * The local data analysis of a tasking group's area over its recent cycles: items counted by category and by ward in
 * each cycle, the change in the latest cycle against the one before, and the top locations of the latest cycle
 * (nearby items gathered in grid cells of about 100 metres, or by the named location when an item has no point).
 */
public record LocalFigures(List<Cycle> cycles, List<Row> categories, List<Row> wards, List<TopLocation> top,
        List<LocalItem> latest) {

    /** About 100 metres of latitude, and of longitude in the north of England. */
    static final double CELL_LATITUDE = 0.0009;
    static final double CELL_LONGITUDE = 0.0015;
    static final int TOP = 10;

    /** One cycle: a meeting, its period running from the meeting before (inclusive) to this one (exclusive). */
    public record Cycle(UUID meetingId, ZonedDateTime start, Instant from, Instant to) {

        boolean holds(LocalItem item) {
            return !item.at().isBefore(from) && item.at().isBefore(to);
        }
    }

    /** A category or ward: its count in each cycle, oldest first, and the latest's change on the one before. */
    public record Row(String key, String label, List<Long> counts, long latest, long previous) {

        public long change() {
            return latest - previous;
        }

        /** The change as a whole per cent of the previous cycle's count; null when there was none then. */
        public Long percent() {
            return previous == 0 ? null : Math.round(100.0 * Math.abs(change()) / previous);
        }
    }

    /** Nearby items of the latest cycle: where, the ward, their most reported category and the items themselves. */
    public record TopLocation(String key, String location, UUID wardId, Double latitude, Double longitude,
            String category, List<LocalItem> items) {

        public int count() {
            return items.size();
        }
    }

    /** Counts the items of the cycles (oldest first; the last is the one analysed). */
    public static LocalFigures of(List<Cycle> cycles, List<LocalItem> items, Map<UUID, String> wardNames) {
        Map<String, String> categoryNames = new TreeMap<>();
        items.forEach(item -> categoryNames.putIfAbsent(item.category().toLowerCase(Locale.ROOT), item.category()));
        List<Row> categories = rows(cycles, items, categoryNames,
                item -> item.category().toLowerCase(Locale.ROOT));
        Map<String, String> wards = new LinkedHashMap<>();
        wardNames.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(entry -> wards.put(entry.getKey().toString(), entry.getValue()));
        List<Row> byWard = rows(cycles, items, wards, item -> String.valueOf(item.wardId()));
        Cycle last = cycles.getLast();
        List<LocalItem> latest = items.stream().filter(last::holds).toList();
        return new LocalFigures(List.copyOf(cycles), categories, byWard, top(latest), latest);
    }

    /** A category or location in the latest cycle by its key, for proposing a priority from it. */
    public List<LocalItem> itemsOfCategory(String key) {
        return latest.stream().filter(item -> item.category().toLowerCase(Locale.ROOT).equals(key)).toList();
    }

    private static List<Row> rows(List<Cycle> cycles, List<LocalItem> items, Map<String, String> labels,
            Function<LocalItem, String> key) {
        List<Row> rows = new ArrayList<>();
        labels.forEach((k, label) -> {
            List<Long> counts = cycles.stream().map(cycle -> items.stream()
                    .filter(item -> cycle.holds(item) && k.equals(key.apply(item))).count()).toList();
            long latest = counts.getLast();
            long previous = counts.size() > 1 ? counts.get(counts.size() - 2) : 0;
            rows.add(new Row(k, label, counts, latest, previous));
        });
        return rows;
    }

    private static List<TopLocation> top(List<LocalItem> latest) {
        Map<String, List<LocalItem>> cells = latest.stream().filter(item -> cellOf(item) != null)
                .collect(Collectors.groupingBy(LocalFigures::cellOf, LinkedHashMap::new, Collectors.toList()));
        return cells.entrySet().stream().map(cell -> location(cell.getKey(), cell.getValue()))
                .sorted(Comparator.comparing(TopLocation::count).reversed()
                        .thenComparing(TopLocation::key))
                .limit(TOP).toList();
    }

    /** The grid cell of an item with a point, or its named location in lower case; null with neither. */
    static String cellOf(LocalItem item) {
        if (item.latitude() != null && item.longitude() != null) {
            return "g" + (long) Math.floor(item.latitude() / CELL_LATITUDE) + "_"
                    + (long) Math.floor(item.longitude() / CELL_LONGITUDE);
        }
        if (item.location() != null && !item.location().isBlank()) {
            return "t" + item.location().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }
        return null;
    }

    private static TopLocation location(String key, List<LocalItem> items) {
        String location = mostCommon(items, item -> item.location() == null || item.location().isBlank() ? null
                : item.location().strip());
        String category = mostCommon(items, LocalItem::category);
        UUID ward = items.stream().filter(item -> item.wardId() != null)
                .collect(Collectors.groupingBy(LocalItem::wardId, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.<UUID, Long>comparingByValue().thenComparing(entry -> entry.getKey().toString()))
                .map(Map.Entry::getKey).orElse(null);
        List<LocalItem> located = items.stream().filter(item -> item.latitude() != null).toList();
        Double latitude = located.isEmpty() ? null
                : located.stream().mapToDouble(LocalItem::latitude).average().orElseThrow();
        Double longitude = located.isEmpty() ? null
                : located.stream().mapToDouble(LocalItem::longitude).average().orElseThrow();
        return new TopLocation(key, location, ward, latitude, longitude, category, List.copyOf(items));
    }

    private static String mostCommon(List<LocalItem> items, Function<LocalItem, String> value) {
        return items.stream().map(value).filter(v -> v != null)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
