package uk.saferhub.crimedata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.audit.AuditTrail;
import uk.saferhub.crimedata.CrimeFigures;
import uk.saferhub.crimedata.CrimeImportRefused;
import uk.saferhub.crimedata.CrimeImports;
import uk.saferhub.crimedata.ImportResult;
import uk.saferhub.crimedata.RejectedRow;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.support.SaferHubTest;

/**
 * Importing real data.police.uk street-level files: whole files and ones built here from their real rows, with the
 * quirks real files have; a force-month replaced on re-import, never doubled; a file refused or failing half-way
 * leaving the data as it was; rows left out reported by line.
 */
@SaferHubTest
class CrimeImportTests {

    private static final String CAMBS = "crime-street/cambridgeshire/2025-02-cambridgeshire-street.csv";
    private static final String LEEDS = "crime-street/leeds/crimedataleeds.csv";
    private static final String HERTS = "crime-street/hertfordshire/2021-%02d-hertfordshire-street.csv";

    @Autowired
    CrimeImports imports;

    @Autowired
    CrimeFigures figures;

    @Autowired
    CrimeStore store;

    @Autowired
    SaferHubProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    CrimeImporter importer;

    @Autowired
    ConfigurableApplicationContext context;

    private final List<String> progress = new ArrayList<>();

    @Test
    void aRealCambridgeshireMonthIsLoadedWhole() {
        ImportResult result = imports.importFile(null, file(CAMBS), progress::add);

        assertThat(result.rowsRead()).isEqualTo(6152);
        assertThat(result.rowsRejected()).isZero();
        assertThat(result.rowsLoaded()).isEqualTo(6152);
        assertThat(figures.count("cambridgeshire", YearMonth.of(2025, 2))).isEqualTo(6152);
        assertThat(figures.status(result.runId())).contains("loaded");
        assertThat(jdbc.sql("select count(*) from crimedata_street where force_key = 'cambridgeshire' "
                + "and month = date '2025-02-01' and latitude is null and lsoa_code is null").query(Long.class)
                .single()).as("rows without a location are kept").isPositive();
        assertThat(jdbc.sql("select count(*) from crimedata_street where force_key = 'cambridgeshire' "
                + "and month = date '2025-02-01' and crime_id is null and crime_type = 'Anti-social behaviour'")
                .query(Long.class).single()).as("anti-social behaviour without a Crime ID is kept").isPositive();
        assertThat(progress).last().asString().startsWith("Done: 6,152 rows read, 6,152 loaded, 0 rejected");
        assertThat(jdbc.sql("select count(*) from crimedata_street_2025_02").query(Long.class).single())
                .as("the month's partition holds the rows").isGreaterThanOrEqualTo(6152);
        assertThat(audit.historyOf(CrimeImports.RECORD_TYPE, result.runId().toString())).hasSize(1);
    }

    @Test
    void anImportsProgressIsSeenFromAnotherConnectionWhileItRuns() throws Exception {
        // A Hertfordshire month's real rows, again and again to 40,000, served by a stream that dawdles once early on
        // (progress is written at most four times a second) and then waits, part way, until it is told to go on.
        List<String> real = lines(HERTS.formatted(11), 400);
        StringBuilder text = new StringBuilder(real.get(0)).append('\n');
        for (int row = 0; row < 40_000; row++) {
            text.append(real.get(1 + row % 400)).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        int rowBytes = bytes.length / 40_000;
        java.util.concurrent.CountDownLatch paused = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch goOn = new java.util.concurrent.CountDownLatch(1);
        InputStream slow = new java.io.ByteArrayInputStream(bytes) {
            private boolean dawdled;

            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                int at = bytes.length - available();
                try {
                    if (!dawdled && at > 5_000 * rowBytes) {
                        dawdled = true;
                        Thread.sleep(400);
                    }
                    if (paused.getCount() > 0 && at > 30_000 * rowBytes) {
                        paused.countDown();
                        goOn.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    }
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
                return super.read(buffer, offset, Math.min(length, 4_096));
            }
        };
        UUID run = importer.begin("hertfordshire-november-slow.csv", (long) bytes.length, null);
        var importing = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> importer.importRun(run, "hertfordshire-november-slow.csv", slow, progress::add));
        try {
            assertThat(paused.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            Map<String, Object> seen = jdbc.sql("select status, rows_read from crimedata_import_run where id = ?")
                    .param(run).query().singleRow();
            assertThat(seen.get("status")).isEqualTo("running");
            assertThat(((Number) seen.get("rows_read")).longValue()).as("rows read, as another connection sees them")
                    .isBetween(10_000L, 30_000L);
        } finally {
            goOn.countDown();
        }
        assertThat(importing.get(60, java.util.concurrent.TimeUnit.SECONDS).rowsLoaded()).isEqualTo(40_000);
        assertThat(jdbc.sql("select rows_read from crimedata_import_run where id = ?").param(run).query(Long.class)
                .single()).isEqualTo(40_000);
    }

    @Test
    void theLeedsFileIsAcceptedWithItsByteOrderMarkAndSpreadsheetMonthsAndPlacedInWards() {
        ImportResult first = imports.importFile(null, file(LEEDS), progress::add);
        ImportResult again = imports.importFile(null, file(LEEDS), progress::add);

        assertThat(first.rowsLoaded()).isEqualTo(8009);
        assertThat(first.rowsRejected()).isZero();
        assertThat(again.rowsLoaded()).isEqualTo(8009);
        assertThat(figures.count("west-yorkshire", YearMonth.of(2025, 2))).as("replaced, not doubled").isEqualTo(8009);
        assertThat(figures.countInWards("west-yorkshire", YearMonth.of(2025, 2)))
                .as("all but the few points just outside Leeds's wards").isGreaterThanOrEqualTo(8000);
        assertThat(progress).anyMatch(line -> line.startsWith("Done: 8,009 rows read, 8,009 loaded, 0 rejected; "
                + "1 force-months replaced; 8,0"));
    }

    @Test
    void rowsLeftOutAreReportedByLineAndTheRestLoaded() throws IOException {
        List<String> real = lines(HERTS.formatted(1), 4);
        String header = real.get(0);
        String good = real.get(1);
        List<String> file = List.of(header, real.get(1), real.get(2), "", real.get(3),
                cell(good, 1, "Smarch-21"), cell(cell(good, 5, "91.5"), 4, "0.1"), cell(good, 1, "2099-01"),
                cell(cell(good, 2, "Nowhere Police"), 3, "Nowhere Police"),
                cell(good, 9, "A category not yet invented"), "\"a\",\"row\",\"too short\"");

        ImportResult result = importBytes("rejects.csv", String.join("\r\n", file).getBytes(StandardCharsets.UTF_8));

        assertThat(result.rowsRead()).as("the blank line is no row").isEqualTo(9);
        assertThat(result.rowsLoaded()).as("an unknown crime type is kept").isEqualTo(4);
        assertThat(result.rowsRejected()).isEqualTo(5);
        List<RejectedRow> rejected = figures.rejections(result.runId());
        assertThat(rejected).extracting(RejectedRow::line).as("the lines of the file, counting the blank one").containsExactly(6L, 7L, 8L, 9L, 11L);
        assertThat(rejected).extracting(RejectedRow::reasonKey).containsExactly("crimedata.row.month",
                "crimedata.row.coordinatesRange", "crimedata.row.futureMonth", "crimedata.row.force",
                "crimedata.row.columns");
        assertThat(rejected.get(0).reason()).contains("Smarch-21");
        assertThat(figures.count("hertfordshire", YearMonth.of(2021, 1))).isEqualTo(4);
    }

    @Test
    void aFailureHalfWayLeavesThePreviousDataExactlyAsItWas() throws IOException {
        List<String> real = lines(HERTS.formatted(6), 200);
        importBytes("june.csv", String.join("\n", real).getBytes(StandardCharsets.UTF_8));
        assertThat(figures.count("hertfordshire", YearMonth.of(2021, 6))).isEqualTo(200);

        store.afterDelete = () -> {
            throw new IllegalStateException("connection lost (test)");
        };
        try {
            assertThatThrownBy(() -> importBytes("june-again.csv",
                    String.join("\n", real.subList(0, 50)).getBytes(StandardCharsets.UTF_8)))
                    .hasMessageContaining("connection lost");
        } finally {
            store.afterDelete = () -> { };
        }
        assertThat(figures.count("hertfordshire", YearMonth.of(2021, 6))).isEqualTo(200);

        List<String> corrupt = new ArrayList<>(real.subList(0, 100));
        corrupt.add("\"an unfinished, quoted cell");
        assertThatThrownBy(() -> importBytes("corrupt-end.csv",
                String.join("\n", corrupt).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CrimeImportRefused.class,
                        refused -> assertThat(refused.key()).isEqualTo("crimedata.import.unreadable"));
        assertThat(figures.count("hertfordshire", YearMonth.of(2021, 6))).isEqualTo(200);
    }

    @Test
    void aQuoteNeverClosedInTheMiddleOfAFileRefusesItRatherThanReadingTheRestAsOneCell() throws IOException {
        List<String> real = lines(HERTS.formatted(10), 200);
        importBytes("october.csv", String.join("\n", real).getBytes(StandardCharsets.UTF_8));
        List<String> strayQuote = new ArrayList<>(real);
        // Line 51 of the file: a location opened with a quote that is never closed.
        strayQuote.set(50, cell(real.get(50), 6, "\"On or near a street"));
        assertThatThrownBy(() -> importBytes("october-again.csv",
                String.join("\n", strayQuote.subList(0, 120)).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CrimeImportRefused.class, refused -> {
                    assertThat(refused.key()).isEqualTo("crimedata.import.unreadable");
                    assertThat(importer.words(refused.key(), refused.arguments()))
                            .contains("a quoted cell of the row at line 51 is not closed");
                });
        assertThat(figures.count("hertfordshire", YearMonth.of(2021, 10))).isEqualTo(200);
    }

    @Test
    void aGzipAndAnArchiveOfSeveralForcesAreImportedAndOtherFilesPassedOver() throws IOException {
        byte[] february = String.join("\n", lines(HERTS.formatted(2), 300)).getBytes(StandardCharsets.UTF_8);
        ImportResult gzip = importBytes("2021-02-hertfordshire-street.csv.gz", gzip(february));
        assertThat(gzip.rowsLoaded()).isEqualTo(300);
        assertThat(figures.count("hertfordshire", YearMonth.of(2021, 2))).isEqualTo(300);

        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("2021-03/"));
            entry(zip, "2021-03/2021-03-hertfordshire-street.csv", lines(HERTS.formatted(3), 120));
            entry(zip, "2021-03/2021-03-hertfordshire-stop-and-search.csv", List.of("Type,Date,Part of a policing operation"));
            entry(zip, "2024-09/2024-09-cambridgeshire-street.csv",
                    lines("crime-street/cambridgeshire/2024-09-cambridgeshire-street.csv", 80));
        }
        ImportResult archive = importBytes("monthly.zip", zipped.toByteArray());

        assertThat(archive.rowsLoaded()).isEqualTo(200);
        assertThat(archive.replaced()).hasSize(2);
        assertThat(figures.count("hertfordshire", YearMonth.of(2021, 3))).isEqualTo(120);
        assertThat(figures.count("cambridgeshire", YearMonth.of(2024, 9))).isEqualTo(80);
        assertThat(progress).anyMatch(line -> line.startsWith("1 files in the archive"));
    }

    @Test
    void aTruncatedGzipIsRefusedWholeWithNothingChanged() throws IOException {
        byte[] april = String.join("\n", lines(HERTS.formatted(4), 500)).getBytes(StandardCharsets.UTF_8);
        importBytes("april.csv", april);
        byte[] whole = gzip(String.join("\n", lines(HERTS.formatted(4), 400)).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> importBytes("april.csv.gz", Arrays.copyOf(whole, whole.length * 2 / 3)))
                .isInstanceOfSatisfying(CrimeImportRefused.class,
                        refused -> assertThat(refused.key()).isEqualTo("crimedata.import.unreadable"));
        assertThat(figures.count("hertfordshire", YearMonth.of(2021, 4))).isEqualTo(500);
        assertThat(jdbc.sql("select count(*) from crimedata_import_run where file = 'april.csv.gz' "
                + "and status = 'refused'").query(Long.class).single()).isPositive();
    }

    @Test
    void aFileWithoutItsHeaderRowIsReadFromItsFirstLine() throws IOException {
        List<String> rows = lines(HERTS.formatted(5), 60).subList(1, 61);
        ImportResult result = importBytes("no-header.csv", String.join("\n", rows).getBytes(StandardCharsets.UTF_8));

        assertThat(result.rowsLoaded()).isEqualTo(60);
        assertThat(figures.count("hertfordshire", YearMonth.of(2021, 5))).isEqualTo(60);
    }

    @Test
    void aFileThatIsNotAStreetLevelCsvOrHasAnotherHeaderIsRefused() throws IOException {
        List<String> real = lines(HERTS.formatted(7), 3);
        assertThatThrownBy(() -> importBytes("picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3}))
                .isInstanceOfSatisfying(CrimeImportRefused.class,
                        refused -> assertThat(refused.key()).isEqualTo("crimedata.import.notStreetCsv"));
        String wrongHeader = real.get(0).replace("Falls within", "Area") + "\n" + real.get(1);
        assertThatThrownBy(() -> importBytes("other.csv", wrongHeader.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CrimeImportRefused.class,
                        refused -> assertThat(refused.key()).isEqualTo("crimedata.import.wrongHeader"));
        assertThat(figures.count("hertfordshire", YearMonth.of(2021, 7))).isZero();
    }

    @Test
    void theCommandLineImportsAFolderPrintingProgressAndFailsOnARefusedFile() {
        Path folder = file(LEEDS).getParent();
        CrimeImportCommand command = new CrimeImportCommand(imports, importer, context, context.getEnvironment());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int code = command.run(folder, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Importing " + folder.resolve("crimedataleeds.csv"))
                .contains("Done: 8,009 rows read, 8,009 loaded, 0 rejected").contains("west-yorkshire 2025-02: 8009 rows");

        printed.reset();
        int missing = command.run(folder.resolve("no-such-file.csv"), new PrintStream(printed, true,
                StandardCharsets.UTF_8));
        assertThat(missing).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Import refused: There is no file at");
        assertThat(figures.count("west-yorkshire", YearMonth.of(2025, 2))).isEqualTo(8009);
    }

    @Test
    void forcesSharingAMonthAreReplacedEachOnItsOwnWhicheverWayTheMonthIsRebuilt() throws IOException {
        List<String> real = lines(HERTS.formatted(9), 300);
        List<String> bedfordshire = new ArrayList<>(List.of(real.get(0)));
        real.subList(1, 101).forEach(line -> bedfordshire.add(
                cell(cell(line, 2, "Bedfordshire Police"), 3, "Bedfordshire Police")));
        YearMonth september = YearMonth.of(2021, 9);

        importBytes("herts.csv", String.join("\n", real).getBytes(StandardCharsets.UTF_8));
        assertThat(indexesOf("crimedata_street_2021_09")).as("a new month's partition is indexed as the rest")
                .contains("crimedata_street_2021_09_force_key_idx", "crimedata_street_2021_09_ward_id_month_idx");
        importBytes("beds.csv", String.join("\n", bedfordshire).getBytes(StandardCharsets.UTF_8));
        assertThat(figures.count("hertfordshire", september)).as("kept: another force's rows in the month")
                .isEqualTo(300);
        assertThat(figures.count("bedfordshire", september)).isEqualTo(100);

        importBytes("herts-again.csv", String.join("\n", real.subList(0, 51)).getBytes(StandardCharsets.UTF_8));
        assertThat(figures.count("hertfordshire", september)).as("replaced in place").isEqualTo(50);
        assertThat(figures.count("bedfordshire", september)).isEqualTo(100);

        importBytes("beds-again.csv", String.join("\n", bedfordshire.subList(0, 81)).getBytes(StandardCharsets.UTF_8));
        assertThat(figures.count("bedfordshire", september)).as("the month rebuilt around it").isEqualTo(80);
        assertThat(figures.count("hertfordshire", september)).as("the other force copied across whole")
                .isEqualTo(50);
        assertThat(figures.countInWards("hertfordshire", september))
                .isEqualTo(jdbc.sql("select count(ward_id) from crimedata_street where force_key = 'hertfordshire' "
                        + "and month = date '2021-09-01'").query(Long.class).single());
        assertThat(indexesOf("crimedata_street_2021_09")).contains("crimedata_street_2021_09_force_key_idx",
                "crimedata_street_2021_09_ward_id_month_idx");
        assertThat(jdbc.sql("select count(*) from pg_tables where tablename like 'crimedata_load%'")
                .query(Long.class).single()).as("no load table is left behind").isZero();
        assertThat(jdbc.sql("select force_key || '|' || coalesce(ward_id::text, '-') || '|' || crime_type || '|' "
                + "|| crimes from crimedata_ward_tally where month = date '2021-09-01' order by 1")
                .query(String.class).list())
                .as("the ward tally agrees with the rows after every way of replacing them")
                .isNotEmpty()
                .isEqualTo(jdbc.sql("select force_key || '|' || coalesce(ward_id::text, '-') || '|' || crime_type "
                        + "|| '|' || count(*) from crimedata_street where month = date '2021-09-01' "
                        + "group by force_key, ward_id, crime_type order by 1").query(String.class).list());
    }

    private List<String> indexesOf(String table) {
        return jdbc.sql("select indexname from pg_indexes where tablename = ?").param(table).query(String.class)
                .list();
    }

    private ImportResult importBytes(String name, byte[] bytes) {
        return imports.importStream(null, name, new ByteArrayInputStream(bytes), progress::add);
    }

    private Path file(String relative) {
        Path file = properties.referenceDataPath().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "Skipped: the reference data file " + file + " is not here (set saferhub.reference-data-dir)");
        return file;
    }

    /** The header and the first {@code rows} rows of a real file. */
    private List<String> lines(String relative, int rows) throws IOException {
        try (var all = Files.lines(file(relative), StandardCharsets.UTF_8)) {
            return all.limit(rows + 1L).toList();
        }
    }

    /** The line with one (unquoted) cell replaced; real rows quote no cell with a comma in the columns changed. */
    private static String cell(String line, int index, String value) {
        List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
        assertThat(cells).hasSize(12);
        cells.set(index, value);
        return String.join(",", cells);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, List<String> lines) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
