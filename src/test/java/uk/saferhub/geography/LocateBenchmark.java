package uk.saferhub.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import uk.saferhub.geography.internal.BoundaryIndex;
import uk.saferhub.geography.internal.PlaceStore;

/**
 * The locate benchmark (bench/locate/locate.sh; not a test, never run by the build): assigns every point of the
 * national police.uk month to a ward, with the Locator's index and with a naive scan of every ward side by side,
 * over every point and over the points inside a ward.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/bench/cp.txt) \
 *     uk.saferhub.geography.LocateBenchmark [reference-data-dir] [runs] [--naive-sample]</pre>
 */
public final class LocateBenchmark {

    private static final String MONTH = "crime-street/national/2019-01-street-41-forces.csv.gz";
    private static final int SAMPLE = 20_000;

    private LocateBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data").toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean naiveAll = !Arrays.asList(args).contains("--naive-sample");
        Path report = Path.of("target/bench/locate-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC).format(Instant.now()) + ".txt");
        Files.createDirectories(report.getParent());
        try (PrintStream file = new PrintStream(Files.newOutputStream(report), true, StandardCharsets.UTF_8)) {
            Out out = new Out(file);
            run(data, runs, naiveAll, out);
            out.line("report: " + report);
        }
    }

    private static void run(Path data, int runs, boolean naiveAll, Out out) throws IOException {
        out.line("SaferHub locate benchmark, " + Instant.now());
        out.line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + ", java " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, load average before: " + loadAverage());

        long started = System.nanoTime();
        Map<Place, Geometry> wards = wards(data.resolve("boundaries"));
        long readMs = millis(started);
        long vertices = wards.values().stream().mapToLong(Geometry::getNumPoints).sum();
        started = System.nanoTime();
        BoundaryIndex index = BoundaryIndex.of(wards);
        long buildMs = millis(started);
        out.line("wards: " + wards.size() + " (" + vertices + " vertices), read in " + readMs + " ms; index built in "
                + buildMs + " ms");

        started = System.nanoTime();
        Points points = points(data.resolve(MONTH));
        out.line("points: " + points.rows + " rows, " + points.lats.length + " with coordinates, "
                + (points.rows - points.lats.length) + " without; read and parsed in " + millis(started) + " ms");

        List<Place> ranked = wards.keySet().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
        List<Geometry> rankedBoundaries = ranked.stream().map(wards::get).toList();
        // warm-up, not counted: the indexed path over every point, the naive one over a sample
        UUID[] first = index.locateAll(points.lats, points.lngs, PlaceType.WARD);
        naive(ranked, rankedBoundaries, points.sample(SAMPLE));
        Points inWard = points.where(first);
        Points naivePoints = naiveAll ? points : points.sample(SAMPLE);
        String naiveName = naiveAll ? "all" : "a sample of " + naivePoints.lats.length;
        out.line("naive scan over " + naiveName + " points" + (naiveAll ? "" : " (leave out --naive-sample for every point)"));

        long[][] times = new long[4][runs];
        UUID[] byIndex = null;
        UUID[] byNaive = null;
        for (int run = 0; run < runs; run++) {
            long t = System.nanoTime();
            index.locateAll(points.lats, points.lngs, PlaceType.WARD);
            times[0][run] = System.nanoTime() - t;
            t = System.nanoTime();
            byNaive = naive(ranked, rankedBoundaries, naivePoints);
            times[1][run] = System.nanoTime() - t;
            t = System.nanoTime();
            byIndex = index.locateAll(inWard.lats, inWard.lngs, PlaceType.WARD);
            times[2][run] = System.nanoTime() - t;
            t = System.nanoTime();
            naive(ranked, rankedBoundaries, inWard);
            times[3][run] = System.nanoTime() - t;
            out.line(String.format(Locale.ROOT, "run %d: all points indexed %.0f ms, naive (%s) %.0f ms; points in a "
                    + "ward indexed %.1f ms, naive %.0f ms", run + 1, times[0][run] / 1e6, naiveName,
                    times[1][run] / 1e6, times[2][run] / 1e6, times[3][run] / 1e6));
        }
        UUID[] indexOnNaivePoints = index.locateAll(naivePoints.lats, naivePoints.lngs, PlaceType.WARD);
        int agree = 0;
        for (int i = 0; i < byNaive.length; i++) {
            agree += Objects.equals(indexOnNaivePoints[i], byNaive[i]) ? 1 : 0;
        }
        out.line("");
        out.line("medians of " + runs + " runs (µs per point; points per second):");
        Result indexedAll = new Result(median(times[0]), points.lats.length);
        Result naiveSome = new Result(median(times[1]), naivePoints.lats.length);
        Result indexedIn = new Result(median(times[2]), inWard.lats.length);
        Result naiveIn = new Result(median(times[3]), inWard.lats.length);
        out.line(String.format(Locale.ROOT, "  all %d points with coordinates (%d in a ward, %d outside every ward):",
                points.lats.length, inWard.lats.length, points.lats.length - inWard.lats.length));
        out.line("    (a) indexed Locator.locateAll: " + indexedAll);
        out.line("    (b) naive scan, " + naiveName + ": " + naiveSome);
        out.line(String.format(Locale.ROOT, "    naive / indexed per point: %.1f", naiveSome.perPoint()
                / indexedAll.perPoint()));
        out.line("  the " + inWard.lats.length + " points inside a ward:");
        out.line("    (a) indexed: " + indexedIn);
        out.line("    (b) naive:   " + naiveIn);
        out.line(String.format(Locale.ROOT, "    naive / indexed per point: %.1f", naiveIn.perPoint()
                / indexedIn.perPoint()));
        out.line("  agreement: " + agree + " of " + byNaive.length + " points given the same ward by both; "
                + Arrays.stream(byIndex).filter(Objects::nonNull).count() + " of " + inWard.lats.length
                + " in-ward points assigned again");
        out.line("load average after: " + loadAverage());
    }

    /** The baseline: every ward in code order, first whose Geometry.contains holds the point. */
    private static UUID[] naive(List<Place> wards, List<Geometry> boundaries, Points points) {
        UUID[] found = new UUID[points.lats.length];
        for (int i = 0; i < found.length; i++) {
            Point point = PlaceStore.WGS84.createPoint(new Coordinate(points.lngs[i], points.lats[i]));
            for (int w = 0; w < boundaries.size(); w++) {
                if (boundaries.get(w).contains(point)) {
                    found[i] = wards.get(w).id();
                    break;
                }
            }
        }
        return found;
    }

    /** Every ward file of the reference folder: wards by district (2013), current Huntingdonshire, Leeds. */
    private static Map<Place, Geometry> wards(Path boundaries) throws IOException {
        Map<Place, Geometry> wards = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(boundaries.resolve("wards_by_lad"))) {
            for (Path file : files.sorted().toList()) {
                add(wards, file, "WD13CD", "WD13NM");
            }
        }
        add(wards, boundaries.resolve("wards_current/huntingdonshire_wards_WD19.geojson"), "wd19cd", "wd19nm");
        add(wards, boundaries.resolve("leeds_wards.geojson"), null, "WARD_NAME");
        return wards;
    }

    private static void add(Map<Place, Geometry> wards, Path file, String codeProperty, String nameProperty) {
        for (var feature : FixtureGeoJson.read(file)) {
            String name = feature.property(nameProperty);
            String code = codeProperty == null ? "LEEDS " + name : feature.property(codeProperty);
            wards.put(new Place(UUID.randomUUID(), PlaceType.WARD, code, name, null, null, null, false, true,
                    file.getFileName().toString()), feature.boundary());
        }
    }

    private static Points points(Path file) throws IOException {
        double[] lats = new double[400_000];
        double[] lngs = new double[400_000];
        int count = 0;
        int rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows++;
                String lat = row.get("Latitude");
                String lng = row.get("Longitude");
                if (lat.isBlank() || lng.isBlank()) {
                    continue;
                }
                if (count == lats.length) {
                    lats = Arrays.copyOf(lats, count * 2);
                    lngs = Arrays.copyOf(lngs, count * 2);
                }
                lats[count] = Double.parseDouble(lat);
                lngs[count] = Double.parseDouble(lng);
                count++;
            }
        }
        return new Points(rows, Arrays.copyOf(lats, count), Arrays.copyOf(lngs, count));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    /** A timing: the median nanoseconds for a number of points. */
    private record Result(long nanos, int points) {

        double perPoint() {
            return nanos / 1000.0 / points;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f ms, %.2f µs per point, %,.0f points/s", nanos / 1e6, perPoint(),
                    points / (nanos / 1e9));
        }
    }

    /** Coordinates of the rows that have them, in file order. */
    private record Points(int rows, double[] lats, double[] lngs) {

        /** The points given a place. */
        Points where(UUID[] assigned) {
            int n = (int) Arrays.stream(assigned).filter(Objects::nonNull).count();
            double[] inLats = new double[n];
            double[] inLngs = new double[n];
            int at = 0;
            for (int i = 0; i < assigned.length; i++) {
                if (assigned[i] != null) {
                    inLats[at] = lats[i];
                    inLngs[at++] = lngs[i];
                }
            }
            return new Points(n, inLats, inLngs);
        }

        /** A fixed sample: points spread evenly through the file. */
        Points sample(int size) {
            int n = Math.min(size, lats.length);
            double[] sampleLats = new double[n];
            double[] sampleLngs = new double[n];
            for (int i = 0; i < n; i++) {
                int at = (int) ((long) i * lats.length / n);
                sampleLats[i] = lats[at];
                sampleLngs[i] = lngs[at];
            }
            return new Points(n, sampleLats, sampleLngs);
        }
    }

    /** Prints to standard output and the report file. */
    private record Out(PrintStream file) {

        void line(String text) {
            System.out.println(text);
            file.println(text);
        }
    }
}
