package uk.saferhub.crimedata;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.saferhub.SaferHubApplication;
import uk.saferhub.crimedata.internal.CrimeAnalysisStore;

/**
 * The crime query benchmark (bench/crimedata/query.sh): the analysis queries SaferHub runs for a force over 13 months
 * (its summary's counts by month, ward, force, LSOA and location; its trend by month; its hot spots' location counts):
 * SaferHub's SQL ({@link CrimeAnalysisStore#sql}: by month, ward and force it adds up the ward tally kept at import)
 * on the embedded PostgreSQL, the same counts over every row ({@link CrimeAnalysisStore#rowsSql}) on PostgreSQL, and
 * that SQL on DuckDB (in memory, its JDBC driver on the benchmark's class path only) holding the same rows,
 * alternating, after warming up; then each query's median and 95th percentile, and the ratios.
 *
 * <p>DuckDB is reached through {@code java.sql.DriverManager} alone, so nothing here needs it to compile; a
 * test-scoped main class that surefire never runs (it is not a *Tests class).
 */
public final class QueryBenchmark {

    /** With EXPLAIN set: PostgreSQL's plan of the query over the rows, as it ran. */
    private static void explain(Connection postgres, String sql, List<Object> values) throws Exception {
        if (System.getenv("EXPLAIN") == null) {
            return;
        }
        if (System.getenv("EXPLAIN").equals("generic")) {
            StringBuilder numbered = new StringBuilder();
            int n = 0;
            for (char c : sql.toCharArray()) {
                if (c == '?') {
                    numbered.append('$').append(++n);
                } else {
                    numbered.append(c);
                }
            }
            try (Statement statement = postgres.createStatement()) {
                statement.execute("deallocate all");
                statement.execute("set plan_cache_mode = force_generic_plan");
                statement.execute("prepare q as " + numbered);
                StringBuilder arguments = new StringBuilder();
                for (Object value : values) {
                    arguments.append(arguments.isEmpty() ? "" : ", ").append('\'').append(value).append('\'');
                }
                try (ResultSet plan = statement.executeQuery("explain (analyze) execute q(" + arguments + ")")) {
                    while (plan.next()) {
                        System.out.println("  " + plan.getString(1));
                    }
                }
                statement.execute("deallocate all");
            }
            return;
        }
        try (PreparedStatement explain = postgres.prepareStatement("explain (analyze, buffers) " + sql)) {
            bind(explain, values);
            try (var plan = explain.executeQuery()) {
                while (plan.next()) {
                    System.out.println("  " + plan.getString(1));
                }
            }
        }
    }

    private static final String FORCE = "cambridgeshire";

    private QueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SaferHubApplication.class).run(
                // As arguments, which outrank application.yml (properties given to the builder do not): a throw-away
                // database, never the one in ./data.
                "--saferhub.embedded.ephemeral=true", "--saferhub.demo=true", "--saferhub.crime.demo-import=false",
                "--saferhub.reference-data-dir=" + data, "--server.port=0", "--logging.level.root=warn",
                "--logging.level.uk.saferhub=warn");
        try {
            CrimeImports imports = context.getBean(CrimeImports.class);
            DataSource dataSource = context.getBean(DataSource.class);
            List<Path> months;
            try (Stream<Path> files = Files.list(data.resolve("crime-street/cambridgeshire"))) {
                months = files.filter(file -> file.getFileName().toString().endsWith("-street.csv")).sorted().toList();
            }
            for (Path month : months) {
                imports.importFile(null, month, line -> { });
            }
            try (Connection postgres = dataSource.getConnection();
                    Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
                if (System.getenv("PLAN_MODE") != null) {
                    try (Statement mode = postgres.createStatement()) {
                        mode.execute("set plan_cache_mode = " + System.getenv("PLAN_MODE"));
                    }
                }
                YearMonth[] period = period(postgres);
                long rows = load(postgres, duckdb);
                System.out.printf(Locale.UK, "%s, %s to %s: %,d rows (%d files) in both engines; %d runs of each "
                        + "query after 5 not counted%n", FORCE, period[0], period[1], rows, months.size(), runs);
                compare(postgres, duckdb, period, runs);
            }
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private static YearMonth[] period(Connection postgres) throws Exception {
        try (Statement statement = postgres.createStatement(); ResultSet result = statement.executeQuery(
                "select min(month), max(month) from crimedata_street where force_key = '" + FORCE + "'")) {
            result.next();
            return new YearMonth[] {YearMonth.from(result.getDate(1).toLocalDate()),
                    YearMonth.from(result.getDate(2).toLocalDate())};
        }
    }

    /** The force's rows, out of PostgreSQL by COPY and into a DuckDB table of the same columns and types. */
    private static long load(Connection postgres, Connection duckdb) throws Exception {
        Path csv = Files.createTempFile("saferhub-crime-bench", ".csv");
        try {
            try (OutputStream out = Files.newOutputStream(csv)) {
                postgres.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select force_key, month, crime_id, "
                        + "reported_by, falls_within, longitude, latitude, location, lsoa_code, lsoa_name, crime_type, "
                        + "last_outcome, context, ward_id from crimedata_street where force_key = '" + FORCE
                        + "') to stdout with (format csv)", out);
            }
            try (Statement statement = duckdb.createStatement()) {
                statement.execute("create table crimedata_street (force_key varchar not null, month date not null, "
                        + "crime_id varchar, reported_by varchar not null, falls_within varchar not null, "
                        + "longitude double, latitude double, location varchar, lsoa_code varchar, lsoa_name varchar, "
                        + "crime_type varchar not null, last_outcome varchar, context varchar, ward_id uuid)");
                statement.execute("copy crimedata_street from '" + csv + "' (format csv, header false)");
                try (ResultSet count = statement.executeQuery("select count(*) from crimedata_street")) {
                    count.next();
                    return count.getLong(1);
                }
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static void compare(Connection postgres, Connection duckdb, YearMonth[] period, int runs)
            throws Exception {
        CrimeAnalysisStore.Scope force = new CrimeAnalysisStore.Scope(null, FORCE, new String[0]);
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("by month (summary, trend)", CrimeAnalysisStore.BY_MONTH);
        queries.put("by ward (summary)", CrimeAnalysisStore.BY_WARD);
        queries.put("by force (summary)", CrimeAnalysisStore.BY_FORCE);
        queries.put("by LSOA (summary)", CrimeAnalysisStore.BY_LSOA);
        queries.put("by location (summary, hot spots)", CrimeAnalysisStore.BY_LOCATION);
        List<Object> values = CrimeAnalysisStore.values(force);
        double totalSaferhub = 0;
        double totalRows = 0;
        double totalDuckdb = 0;
        for (Map.Entry<String, String> query : queries.entrySet()) {
            String ours = CrimeAnalysisStore.sql(query.getValue(), force, period[0], period[1]);
            String rows = CrimeAnalysisStore.rowsSql(query.getValue(), force, period[0], period[1]);
            try (PreparedStatement saferhub = postgres.prepareStatement(ours);
                    PreparedStatement onRows = postgres.prepareStatement(rows);
                    PreparedStatement onDuckdb = duckdb.prepareStatement(rows)) {
                bind(saferhub, values);
                bind(onRows, values);
                bind(onDuckdb, values);
                explain(postgres, rows, values);
                long groups = run(saferhub);
                if (groups != run(onRows) || groups != run(onDuckdb)) {
                    throw new IllegalStateException(query.getKey() + ": the engines gave different groups");
                }
                for (int warm = 0; warm < 5; warm++) {
                    run(saferhub);
                    run(onRows);
                    run(onDuckdb);
                }
                List<Double> timesSaferhub = new ArrayList<>();
                List<Double> timesRows = new ArrayList<>();
                List<Double> timesDuckdb = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    timesSaferhub.add(timed(saferhub));
                    timesRows.add(timed(onRows));
                    timesDuckdb.add(timed(onDuckdb));
                }
                explain(postgres, rows, values);
                double medianSaferhub = percentile(timesSaferhub, 50);
                double medianRows = percentile(timesRows, 50);
                double medianDuckdb = percentile(timesDuckdb, 50);
                totalSaferhub += medianSaferhub;
                totalRows += medianRows;
                totalDuckdb += medianDuckdb;
                System.out.printf(Locale.UK, "%-34s %,6d groups: SaferHub %6.2f ms (p95 %6.2f)%s; PostgreSQL "
                        + "counting rows %6.2f ms (p95 %6.2f); DuckDB counting rows %6.2f ms (p95 %6.2f); "
                        + "SaferHub/DuckDB %.2f%n", query.getKey(), groups, medianSaferhub,
                        percentile(timesSaferhub, 95), ours.equals(rows) ? " (counting rows)" : " (ward tally)",
                        medianRows, percentile(timesRows, 95), medianDuckdb, percentile(timesDuckdb, 95),
                        medianSaferhub / medianDuckdb);
            }
        }
        System.out.printf(Locale.UK, "all five (a whole summary page's queries), sums of medians: SaferHub %.2f ms, "
                + "PostgreSQL counting rows %.2f ms, DuckDB counting rows %.2f ms: SaferHub/DuckDB %.2f (target 2.00 "
                + "or less), rows/DuckDB %.2f%n", totalSaferhub, totalRows, totalDuckdb, totalSaferhub / totalDuckdb,
                totalRows / totalDuckdb);
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws Exception {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof java.sql.Date date) {
                statement.setDate(i + 1, date);
            } else {
                statement.setString(i + 1, (String) value);
            }
        }
    }

    /** Runs the query, reading every row as the application does; the groups it gave. */
    private static long run(PreparedStatement statement) throws Exception {
        long groups = 0;
        try (ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int c = 1; c <= columns; c++) {
                    result.getString(c);
                }
                groups++;
            }
        }
        return groups;
    }

    private static double timed(PreparedStatement statement) throws Exception {
        long started = System.nanoTime();
        run(statement);
        return (System.nanoTime() - started) / 1e6;
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
