package uk.saferhub.crimedata.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import uk.saferhub.crimedata.ControlLimits;
import uk.saferhub.crimedata.CrimeAnalysis;
import uk.saferhub.crimedata.CrimeHotspots;
import uk.saferhub.crimedata.CrimeQuery;
import uk.saferhub.crimedata.CrimeQueryRefused;
import uk.saferhub.crimedata.CrimeSummary;
import uk.saferhub.crimedata.CrimeSummary.Change;
import uk.saferhub.crimedata.CrimeSummary.Figure;
import uk.saferhub.crimedata.CrimeSummary.MonthFigure;
import uk.saferhub.crimedata.CrimeTrend;
import uk.saferhub.crimedata.HarmWeights;
import uk.saferhub.crimedata.internal.CrimeAnalysisStore.Scope;
import uk.saferhub.crimedata.internal.CrimeAnalysisStore.Tally;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;

/** Works out summaries and trends from the grouped counts of {@link CrimeAnalysisStore}; hot spots by {@link Hotspotter}. */
@Component
public class CrimeAnalyst {

    private final CrimeAnalysisStore store;
    private final Geography geography;
    private final HarmWeights harm;
    private final Hotspotter hotspotter;

    CrimeAnalyst(CrimeAnalysisStore store, Geography geography, HarmWeights harm, Hotspotter hotspotter) {
        this.store = store;
        this.geography = geography;
        this.harm = harm;
        this.hotspotter = hotspotter;
    }

    public Optional<CrimeQuery> resolve(UUID placeId, String force, YearMonth from, YearMonth to,
            List<String> categories) {
        if (placeId != null && geography.place(placeId).isEmpty()) {
            throw new CrimeQueryRefused("place", "crimedata.query.place");
        }
        String forceKey = force == null || force.isBlank() ? null : force.strip();
        if (forceKey != null && !store.forces().contains(forceKey)) {
            throw new CrimeQueryRefused("force", "crimedata.query.force", forceKey);
        }
        List<String> types = categories == null ? List.of()
                : categories.stream().filter(type -> type != null && !type.isBlank()).map(String::strip).toList();
        List<String> held = store.types();
        for (String type : types) {
            if (!held.contains(type)) {
                throw new CrimeQueryRefused("category", "crimedata.query.category", type);
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new CrimeQueryRefused("from", "crimedata.query.order");
        }
        CrimeQuery unresolved = new CrimeQuery(placeId, forceKey, null, null, types);
        Optional<YearMonth> latest = to != null ? Optional.of(to) : store.latest(scope(unresolved, false));
        return latest.map(last -> new CrimeQuery(placeId, forceKey,
                from != null ? from : last.minusMonths(CrimeAnalysis.DEFAULT_MONTHS - 1L), last, types));
    }

    /** The rows a query counts; its crime types left to Java when {@code typed} is false. */
    Scope scope(CrimeQuery query, boolean typed) {
        UUID[] wards = query.placeId() == null ? null
                : geography.wardsWithin(query.placeId()).stream().map(Place::id).toArray(UUID[]::new);
        return new Scope(wards, query.force(), typed ? query.categories().toArray(String[]::new) : new String[0]);
    }

    public Map<String, Long> outcomes(CrimeQuery query) {
        return store.outcomes(scope(query, false), query.from(), query.to());
    }

    public CrimeSummary summary(CrimeQuery query) {
        Scope scope = scope(query, false);
        Periods periods = new Periods(query);
        Set<String> types = Set.copyOf(query.categories());
        Map<YearMonth, Map<String, Long>> byMonth = byMonth(store.tally(CrimeAnalysisStore.BY_MONTH, scope,
                periods.earliest(), query.to()), types);
        Set<YearMonth> held = byMonth.keySet();
        Map<String, Map<YearMonth, Long>> byType = new TreeMap<>();
        byMonth.forEach((month, counts) -> counts.forEach((type, count) ->
                byType.computeIfAbsent(type, t -> new HashMap<>()).merge(month, count, Long::sum)));
        List<MonthFigure> months = new ArrayList<>();
        for (YearMonth month = query.from(); !month.isAfter(query.to()); month = month.plusMonths(1)) {
            Map<String, Long> counts = byMonth.getOrDefault(month, Map.of());
            months.add(new MonthFigure(month, counts.values().stream().mapToLong(Long::longValue).sum(),
                    harmOf(counts), byMonth.containsKey(month)));
        }
        Map<YearMonth, Long> totals = new HashMap<>();
        byMonth.forEach((month, counts) -> totals.put(month, counts.values().stream().mapToLong(Long::longValue)
                .sum()));
        List<Figure> categories = byType.entrySet().stream()
                .map(entry -> new Figure(entry.getKey(), entry.getKey(), periods.change(entry.getValue(), held),
                        harm.of(entry.getKey()) * periods.sum(entry.getValue(), query.from(), query.to()),
                        CrimeAnalysis.ENVIRONMENTAL.contains(entry.getKey())))
                .filter(figure -> figure.count().now() > 0 || figure.count().previous() != null)
                .sorted(Comparator.comparingLong((Figure figure) -> figure.count().now()).reversed()
                        .thenComparing(Figure::name))
                .toList();
        Scope typed = scope(query, true);
        List<Figure> wards = breakdown(store.tally("ward_id, month", typed, periods.earliest(), query.to()), periods,
                held, key -> key == null ? null
                        : geography.place(UUID.fromString(key)).map(Place::name).orElse(key));
        List<Figure> forces = breakdown(store.tally("force_key, month", typed, periods.earliest(), query.to()),
                periods, held, ForceNames::of);
        double totalHarm = months.stream().mapToDouble(MonthFigure::harm).sum();
        return new CrimeSummary(query, placeName(query), periods.change(totals, held), totalHarm, months, categories,
                wards, areas(wards), forces, trend(query, byMonth));
    }

    public CrimeTrend trend(CrimeQuery query) {
        YearMonth start = query.from().isBefore(query.to().minusMonths(CrimeTrend.BASELINE))
                ? query.from() : query.to().minusMonths(CrimeTrend.BASELINE);
        Map<YearMonth, Map<String, Long>> byMonth = byMonth(store.tally(CrimeAnalysisStore.BY_MONTH,
                scope(query, false), start, query.to()), Set.copyOf(query.categories()));
        return trend(query, byMonth);
    }

    private CrimeTrend trend(CrimeQuery query, Map<YearMonth, Map<String, Long>> byMonth) {
        List<MonthFigure> baseline = new ArrayList<>();
        for (YearMonth month = query.to().minusMonths(CrimeTrend.BASELINE); month.isBefore(query.to());
                month = month.plusMonths(1)) {
            Map<String, Long> counts = byMonth.get(month);
            if (counts != null) {
                baseline.add(new MonthFigure(month, counts.values().stream().mapToLong(Long::longValue).sum(),
                        harmOf(counts), true));
            }
        }
        List<MonthFigure> months = new ArrayList<>();
        for (YearMonth month = query.from(); !month.isAfter(query.to()); month = month.plusMonths(1)) {
            Map<String, Long> counts = byMonth.getOrDefault(month, Map.of());
            months.add(new MonthFigure(month, counts.values().stream().mapToLong(Long::longValue).sum(),
                    harmOf(counts), byMonth.containsKey(month)));
        }
        if (baseline.size() < CrimeTrend.SMALLEST_BASELINE || !byMonth.containsKey(query.to())) {
            return new CrimeTrend(query, baseline, months, null, null);
        }
        long[] counts = baseline.stream().mapToLong(MonthFigure::count).toArray();
        ControlLimits limits = ControlLimits.of(counts);
        long[] recent = new long[counts.length + 1];
        System.arraycopy(counts, 0, recent, 0, counts.length);
        recent[counts.length] = months.getLast().count();
        return new CrimeTrend(query, baseline, months, limits, limits.judge(recent));
    }

    public CrimeHotspots hotspots(CrimeQuery query, int top) {
        return hotspotter.hotspots(query, scope(query, true), top);
    }

    public String placeName(CrimeQuery query) {
        String place = query.placeId() == null ? null
                : geography.place(query.placeId()).map(Place::name).orElse(null);
        String force = query.force() == null ? null : ForceNames.of(query.force());
        if (place != null && force != null) {
            return place + " (" + force + ")";
        }
        return place != null ? place : force;
    }

    public List<String> crimeTypes() {
        return store.types();
    }

    public List<String> forces() {
        return store.forces();
    }

    public String forceName(String key) {
        return ForceNames.of(key);
    }

    private Map<YearMonth, Map<String, Long>> byMonth(List<Tally> tallies, Set<String> types) {
        Map<YearMonth, Map<String, Long>> byMonth = new TreeMap<>();
        for (Tally tally : tallies) {
            Map<String, Long> counts = byMonth.computeIfAbsent(YearMonth.parse(tally.keys()[0].substring(0, 7)),
                    month -> new TreeMap<>());
            if (types.isEmpty() || types.contains(tally.type())) {
                counts.merge(tally.type(), tally.count(), Long::sum);
            }
        }
        return byMonth;
    }

    private List<Figure> breakdown(List<Tally> tallies, Periods periods, Set<YearMonth> held,
            Function<String, String> names) {
        Map<String, Map<YearMonth, Long>> counts = new LinkedHashMap<>();
        Map<String, Double> harms = new HashMap<>();
        for (Tally tally : tallies) {
            String key = tally.keys()[0] == null ? "" : tally.keys()[0];
            YearMonth month = YearMonth.parse(tally.keys()[1].substring(0, 7));
            counts.computeIfAbsent(key, k -> new HashMap<>()).merge(month, tally.count(), Long::sum);
            if (!month.isBefore(periods.query.from())) {
                harms.merge(key, harm.of(tally.type()) * tally.count(), Double::sum);
            }
        }
        return counts.entrySet().stream()
                .map(entry -> new Figure(entry.getKey(), entry.getKey().isEmpty() ? null
                        : names.apply(entry.getKey()), periods.change(entry.getValue(), held),
                        harms.getOrDefault(entry.getKey(), 0.0), false))
                .filter(figure -> figure.count().now() > 0)
                .sorted(Comparator.comparingLong((Figure figure) -> figure.count().now()).reversed()
                        .thenComparing(figure -> figure.name() == null ? "" : figure.name()))
                .toList();
    }

    /** The wards' figures added up by the areas made of wards that include them. */
    private List<Figure> areas(List<Figure> wards) {
        Map<UUID, Place> areas = new LinkedHashMap<>();
        Map<UUID, long[]> sums = new HashMap<>();
        Map<UUID, boolean[]> missing = new HashMap<>();
        Map<UUID, Double> harms = new HashMap<>();
        for (Figure ward : wards) {
            if (ward.key().isEmpty()) {
                continue;
            }
            for (Place area : geography.areasIncluding(UUID.fromString(ward.key()))) {
                areas.putIfAbsent(area.id(), area);
                long[] sum = sums.computeIfAbsent(area.id(), id -> new long[3]);
                boolean[] gaps = missing.computeIfAbsent(area.id(), id -> new boolean[2]);
                sum[0] += ward.count().now();
                sum[1] += ward.count().previous() == null ? 0 : ward.count().previous();
                sum[2] += ward.count().lastYear() == null ? 0 : ward.count().lastYear();
                gaps[0] |= ward.count().previous() == null;
                gaps[1] |= ward.count().lastYear() == null;
                harms.merge(area.id(), ward.harm(), Double::sum);
            }
        }
        return areas.values().stream()
                .map(area -> new Figure(area.id().toString(), area.name(), new Change(sums.get(area.id())[0],
                        missing.get(area.id())[0] ? null : sums.get(area.id())[1],
                        missing.get(area.id())[1] ? null : sums.get(area.id())[2]), harms.get(area.id()), false))
                .sorted(Comparator.comparingLong((Figure figure) -> figure.count().now()).reversed()
                        .thenComparing(Figure::name))
                .toList();
    }

    private double harmOf(Map<String, Long> counts) {
        return counts.entrySet().stream().mapToDouble(entry -> harm.of(entry.getKey()) * entry.getValue()).sum();
    }

    /** The period asked for, the previous period of the same length and the same period a year before. */
    private record Periods(CrimeQuery query) {

        YearMonth earliest() {
            YearMonth previous = query.from().minusMonths(query.months());
            YearMonth lastYear = query.from().minusMonths(12);
            return previous.isBefore(lastYear) ? previous : lastYear;
        }

        Change change(Map<YearMonth, Long> counts, Set<YearMonth> held) {
            int n = query.months();
            YearMonth previousFrom = query.from().minusMonths(n);
            return new Change(sum(counts, query.from(), query.to()),
                    all(held, previousFrom, query.from().minusMonths(1))
                            ? sum(counts, previousFrom, query.from().minusMonths(1)) : null,
                    all(held, query.from().minusMonths(12), query.to().minusMonths(12))
                            ? sum(counts, query.from().minusMonths(12), query.to().minusMonths(12)) : null);
        }

        long sum(Map<YearMonth, Long> counts, YearMonth from, YearMonth to) {
            long sum = 0;
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                sum += counts.getOrDefault(month, 0L);
            }
            return sum;
        }

        private static boolean all(Set<YearMonth> held, YearMonth from, YearMonth to) {
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                if (!held.contains(month)) {
                    return false;
                }
            }
            return true;
        }
    }
}
