package uk.saferhub.crimedata;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.saferhub.SaferHubApplication;

/**
 * The crime import benchmark (bench/crimedata/import.sh): SaferHub's import of a street-level file, with ward placement
 * against the demonstration's wards and the force-month replacement, side by side with a raw PostgreSQL COPY of the
 * same decompressed file into an unindexed table of twelve text columns on the same embedded server, alternating,
 * {@code runs} times each; then the medians and their ratio. With {@code heap} it imports the file once and reports
 * the most heap in use (sampled every 20 ms), to run under -Xmx256m on the file and on ten copies of it.
 *
 * <p>A test-scoped main class: the build compiles it, surefire never runs it (it is not a *Tests class).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        Path file = Path.of(args[1]).toAbsolutePath();
        String mode = args.length > 2 ? args[2] : "3";
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SaferHubApplication.class).run(
                // As arguments, which outrank application.yml (properties given to the builder do not): a throw-away
                // database, never the one in ./data.
                "--saferhub.embedded.ephemeral=true", "--saferhub.demo=true", "--saferhub.crime.demo-import=false",
                "--saferhub.reference-data-dir=" + data, "--server.port=0", "--logging.level.root=warn",
                "--logging.level.uk.saferhub=warn");
        try {
            CrimeImports imports = context.getBean(CrimeImports.class);
            DataSource dataSource = context.getBean(DataSource.class);
            if (mode.equals("heap")) {
                heap(imports, file);
            } else {
                compare(imports, dataSource, file, Integer.parseInt(mode));
            }
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private static void compare(CrimeImports imports, DataSource dataSource, Path file, int runs) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists bench_raw_copy (crime_id text, month text, reported_by text, "
                    + "falls_within text, longitude text, latitude text, location text, lsoa_code text, "
                    + "lsoa_name text, crime_type text, last_outcome text, context text)");
        }
        // Three of each first, not counted: the JIT (the import runs far more Java than the raw COPY's client, and
        // its first runs are a third slower), the caches and the month's partition warm up, as on a running server.
        for (int warm = 0; warm < 3; warm++) {
            copy(dataSource, file);
            imports.importFile(null, file, line -> { });
        }
        List<Double> copies = new ArrayList<>();
        List<Double> saferhub = new ArrayList<>();
        long rows = 0;
        List<double[]> copyCpu = new ArrayList<>();
        List<double[]> importCpu = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double[] cpu = cpu();
            long started = System.nanoTime();
            long copied = copy(dataSource, file);
            copies.add((System.nanoTime() - started) / 1e9);
            copyCpu.add(since(cpu));
            cpu = cpu();
            started = System.nanoTime();
            ImportResult result = imports.importFile(null, file, line -> { });
            saferhub.add((System.nanoTime() - started) / 1e9);
            importCpu.add(since(cpu));
            rows = result.rowsLoaded();
            System.out.printf(Locale.UK, "run %d: raw COPY %,d rows in %.2f s (CPU: Java %.2f s, PostgreSQL %.2f s); "
                    + "SaferHub import %,d rows in %.2f s (CPU: Java %.2f s, PostgreSQL %.2f s)%n", run, copied,
                    copies.getLast(), copyCpu.getLast()[0], copyCpu.getLast()[1], rows, saferhub.getLast(),
                    importCpu.getLast()[0], importCpu.getLast()[1]);
        }
        System.out.printf(Locale.UK, "CPU, medians: raw COPY Java %.2f s + PostgreSQL %.2f s; SaferHub import Java "
                + "%.2f s + PostgreSQL %.2f s%n", median(copyCpu.stream().map(c -> c[0]).toList()),
                median(copyCpu.stream().map(c -> c[1]).toList()), median(importCpu.stream().map(c -> c[0]).toList()),
                median(importCpu.stream().map(c -> c[1]).toList()));
        double copy = median(copies);
        double ours = median(saferhub);
        System.out.printf(Locale.UK, "median of %d: raw COPY %.2f s, SaferHub import %.2f s (%,d rows, %,.0f rows/s): "
                + "ratio %.2f (target 1.30 or less)%n", runs, copy, ours, rows, rows / ours, ours / copy);
    }

    /** The raw baseline: the decompressed file COPYed as it is into the unindexed table, emptied first. */
    private static long copy(DataSource dataSource, Path file) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("truncate bench_raw_copy");
            }
            long rows;
            try (InputStream in = open(file)) {
                rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy bench_raw_copy from stdin (format csv, header true)", in);
            }
            connection.commit();
            return rows;
        }
    }

    private static InputStream open(Path file) throws Exception {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static void heap(CrimeImports imports, Path file) throws Exception {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        AtomicLong most = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                most.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        ImportResult result = imports.importFile(null, file, line -> { });
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        System.out.printf(Locale.UK, "heap: %s, %,d rows in %.1f s; heap in use before %,d MB, most during the "
                + "import %,d MB, largest heap allowed %,d MB%n", file.getFileName(), result.rowsLoaded(), seconds,
                before >> 20, most.get() >> 20, runtime.maxMemory() >> 20);
    }

    /**
     * The CPU seconds used so far by this JVM and by every PostgreSQL process of the machine (the embedded server's:
     * nothing else runs one here), from /proc; zeros where /proc cannot be read.
     */
    private static double[] cpu() {
        double jvm = java.lang.management.ManagementFactory.getPlatformMXBean(
                com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() / 1e9;
        double postgres = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    int end = stat.lastIndexOf(')');
                    if (!stat.substring(stat.indexOf('(') + 1, end).startsWith("postgres")) {
                        continue;
                    }
                    String[] fields = stat.substring(end + 2).split(" ");
                    postgres += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                } catch (java.io.IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (java.io.IOException noProc) {
            return new double[] {jvm, 0};
        }
        return new double[] {jvm, postgres};
    }

    private static double[] since(double[] before) {
        double[] now = cpu();
        return new double[] {now[0] - before[0], now[1] - before[1]};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
