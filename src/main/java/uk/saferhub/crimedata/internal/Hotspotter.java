package uk.saferhub.crimedata.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

import uk.saferhub.crimedata.CrimeHotspots;
import uk.saferhub.crimedata.CrimeHotspots.HotCell;
import uk.saferhub.crimedata.CrimeHotspots.Spot;
import uk.saferhub.crimedata.CrimeQuery;
import uk.saferhub.crimedata.HarmWeights;
import uk.saferhub.crimedata.internal.CrimeAnalysisStore.Scope;
import uk.saferhub.crimedata.internal.CrimeAnalysisStore.Tally;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;

/**
 * Finds hot spots: wards, LSOAs and snap points ranked by count and by harm, and the grid cells whose harm, with
 * their neighbours', is significantly high by Getis-Ord Gi* ({@link GetisOrd}). The grid covers the place's wards
 * (cells whose centre is in one of them, and any cell a snap point falls in), or the snap points' extent for a force.
 */
@Component
class Hotspotter {

    /** The side of a grid cell, unless the area is so large that cells must grow to stay under the most cells. */
    static final int CELL_METRES = 250;
    static final int MOST_CELLS = 60_000;
    static final double[] CONFIDENCE = {99.9, 99, 95};
    static final double[] CRITICAL = {3.29, 2.58, 1.96};

    private final CrimeAnalysisStore store;
    private final Geography geography;
    private final HarmWeights harm;

    Hotspotter(CrimeAnalysisStore store, Geography geography, HarmWeights harm) {
        this.store = store;
        this.geography = geography;
        this.harm = harm;
    }

    CrimeHotspots hotspots(CrimeQuery query, Scope scope, int top) {
        List<Spot> wards = spots(store.tally(CrimeAnalysisStore.BY_WARD, scope, query.from(), query.to()),
                keys -> keys[0] == null ? null : keys[0],
                keys -> geography.place(UUID.fromString(keys[0])).map(Place::name).orElse(keys[0]), false);
        List<Spot> lsoas = spots(store.tally(CrimeAnalysisStore.BY_LSOA, scope, query.from(), query.to()),
                keys -> keys[0] == null || keys[0].isBlank() ? null : keys[0],
                keys -> keys[1] == null ? keys[0] : keys[1] + " (" + keys[0] + ")", false);
        List<Spot> locations = spots(store.tally(CrimeAnalysisStore.BY_LOCATION, scope, query.from(), query.to()),
                keys -> keys[1] + "," + keys[2], keys -> keys[0], true);
        Grid grid = grid(scope, locations);
        return new CrimeHotspots(query, first(wards, top, false), first(wards, top, true), first(lsoas, top, false),
                first(lsoas, top, true), first(locations, top, false), first(locations, top, true),
                grid.cells == null ? CELL_METRES : grid.cells.metres, grid.count, grid.hot);
    }

    private List<Spot> spots(List<Tally> tallies, Function<String[], String> key, Function<String[], String> name,
            boolean located) {
        Map<String, Spot> spots = new LinkedHashMap<>();
        for (Tally tally : tallies) {
            String k = key.apply(tally.keys());
            if (k == null) {
                continue;
            }
            double weight = harm.of(tally.type()) * tally.count();
            spots.merge(k, new Spot(k, name.apply(tally.keys()), tally.count(), weight,
                    located ? Double.valueOf(tally.keys()[1]) : null, located ? Double.valueOf(tally.keys()[2]) : null),
                    (a, b) -> new Spot(a.key(), a.name(), a.count() + b.count(), a.harm() + b.harm(), a.latitude(),
                            a.longitude()));
        }
        return new ArrayList<>(spots.values());
    }

    private static List<Spot> first(List<Spot> spots, int top, boolean byHarm) {
        Comparator<Spot> order = byHarm ? Comparator.comparingDouble(Spot::harm).reversed()
                .thenComparing(Comparator.comparingLong(Spot::count).reversed())
                : Comparator.comparingLong(Spot::count).reversed()
                        .thenComparing(Comparator.comparingDouble(Spot::harm).reversed());
        return spots.stream().sorted(order.thenComparing(spot -> spot.name() == null ? "" : spot.name()))
                .limit(top).toList();
    }

    private record Grid(CellGrid cells, int count, List<HotCell> hot) {
    }

    private Grid grid(Scope scope, List<Spot> locations) {
        if (locations.isEmpty()) {
            return new Grid(null, 0, List.of());
        }
        List<Geometry> boundaries = scope.wards() == null ? List.of()
                : new ArrayList<>(geography.boundaries(List.of(scope.wards())).values());
        Envelope extent = new Envelope();
        boundaries.forEach(boundary -> extent.expandToInclude(boundary.getEnvelopeInternal()));
        locations.forEach(spot -> extent.expandToInclude(spot.longitude(), spot.latitude()));
        CellGrid grid = CellGrid.over(extent, CELL_METRES, MOST_CELLS);
        Map<Long, double[]> cells = new LinkedHashMap<>();
        Map<Long, Spot> worst = new java.util.HashMap<>();
        for (int[] cell : grid.cellsWithin(boundaries)) {
            cells.put(key(cell[0], cell[1]), new double[] {cell[0], cell[1], 0, 0});
        }
        for (Spot spot : locations) {
            int column = Math.min(grid.columns - 1, grid.column(spot.longitude()));
            int row = Math.min(grid.rows - 1, grid.row(spot.latitude()));
            double[] cell = cells.computeIfAbsent(key(column, row), k -> new double[] {column, row, 0, 0});
            cell[2] += spot.count();
            cell[3] += spot.harm();
            worst.merge(key(column, row), spot, (a, b) -> b.harm() > a.harm() ? b : a);
        }
        int n = cells.size();
        int[] columns = new int[n];
        int[] rows = new int[n];
        double[] values = new double[n];
        List<double[]> all = new ArrayList<>(cells.values());
        for (int i = 0; i < n; i++) {
            columns[i] = (int) all.get(i)[0];
            rows[i] = (int) all.get(i)[1];
            values[i] = all.get(i)[3];
        }
        double[] z = GetisOrd.giStar(columns, rows, values);
        List<HotCell> hot = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double level = level(z[i]);
            if (level > 0) {
                hot.add(new HotCell(columns[i], rows[i], grid.south(rows[i]), grid.west(columns[i]),
                        grid.south(rows[i] + 1), grid.west(columns[i] + 1), (long) all.get(i)[2], values[i], z[i],
                        level, java.util.Optional.ofNullable(worst.get(key(columns[i], rows[i]))).map(Spot::name)
                                .orElse(null)));
            }
        }
        hot.sort(Comparator.comparingDouble(HotCell::z).reversed());
        return new Grid(grid, n, hot);
    }

    /** The confidence (percent) a z-score reaches as a hot spot, or 0. */
    static double level(double z) {
        for (int i = 0; i < CRITICAL.length; i++) {
            if (z > CRITICAL[i]) {
                return CONFIDENCE[i];
            }
        }
        return 0;
    }

    private static long key(int column, int row) {
        return ((long) column << 32) ^ (row & 0xffffffffL);
    }
}
