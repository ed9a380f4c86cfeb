package uk.saferhub.crimedata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.crimedata.CrimeAnalysis;
import uk.saferhub.crimedata.CrimeFigures;
import uk.saferhub.crimedata.CrimeImports;
import uk.saferhub.crimedata.CrimeQuery;
import uk.saferhub.crimedata.ForceMonthCount;
import uk.saferhub.crimedata.ImportResult;
import uk.saferhub.crimedata.RejectedRow;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.support.SaferHubTest;

/**
 * data.police.uk outcomes files: built here from a real Hertfordshire street-level month (an outcomes file repeats a
 * crime's Crime ID, month and location, with an outcome where the street file has the crime type), imported beside
 * the street-level rows, replaced per force-month, with or without a header, alone or in an archive, and counted for
 * a place on the analysis page's terms.
 */
@SaferHubTest
class CrimeOutcomesTests {

    private static final String HERTS = "crime-street/hertfordshire/2021-%02d-hertfordshire-street.csv";
    private static final String HEADER = String.join(",", StreetColumns.OUTCOMES_HEADER);

    @Autowired
    CrimeImports imports;

    @Autowired
    CrimeFigures figures;

    @Autowired
    CrimeAnalysis analysis;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SaferHubProperties properties;

    private final List<String> progress = new ArrayList<>();

    @Test
    void anOutcomesFileIsLoadedBesideTheCrimesAndReplacedOnReimport() throws IOException {
        List<List<String>> outcomes = outcomesOf(10, 200);
        long crimesBefore = figures.count("hertfordshire", YearMonth.of(2021, 10));
        List<String> lines = new ArrayList<>(List.of(HEADER));
        outcomes.forEach(row -> lines.add(csv(row)));
        List<String> noCrime = new ArrayList<>(outcomes.getFirst());
        noCrime.set(StreetColumns.CRIME_ID, "");
        lines.add(csv(noCrime));

        ImportResult result = importBytes("2021-10-hertfordshire-outcomes.csv", lines);

        assertThat(result.rowsLoaded()).isEqualTo(200);
        assertThat(result.replaced()).containsExactly(
                new ForceMonthCount("hertfordshire", YearMonth.of(2021, 10), 200, true));
        assertThat(figures.rejections(result.runId())).extracting(RejectedRow::line, RejectedRow::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(202L, "crimedata.row.outcomeCrimeId"));
        assertThat(outcomeCount("hertfordshire", "2021-10-01")).isEqualTo(200);
        assertThat(figures.count("hertfordshire", YearMonth.of(2021, 10))).as("the crimes are another table's")
                .isEqualTo(crimesBefore);
        assertThat(jdbc.sql("select count(*) from crimedata_outcome where force_key = 'hertfordshire' and month = "
                + "date '2021-10-01' and crime_id = ? and outcome_type = ?")
                .params(outcomes.get(7).get(StreetColumns.CRIME_ID), outcomes.get(7).get(StreetColumns.OUTCOME_TYPE))
                .query(Long.class).single()).as("a crime's outcome kept with its Crime ID").isOne();

        importBytes("again.csv", lines.subList(0, 51));
        assertThat(outcomeCount("hertfordshire", "2021-10-01")).as("replaced, not added to").isEqualTo(50);
    }

    @Test
    void aFileWithoutAHeaderIsKnownByItsTenColumns() throws IOException {
        List<String> lines = outcomesOf(11, 40).stream().map(CrimeOutcomesTests::csv).toList();

        ImportResult result = importBytes("no-header.csv", lines);

        assertThat(result.replaced()).extracting(ForceMonthCount::outcomes).containsExactly(true);
        assertThat(outcomeCount("hertfordshire", "2021-11-01")).isEqualTo(40);
    }

    @Test
    void anArchiveOfAMonthsStreetAndOutcomesFilesLoadsBoth() throws IOException {
        List<String> street = Files.readAllLines(file(HERTS.formatted(12)), StandardCharsets.UTF_8);
        List<String> outcomes = new ArrayList<>(List.of(HEADER));
        outcomesOf(12, 300).forEach(row -> outcomes.add(csv(row)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "2021-12/2021-12-hertfordshire-street.csv", street);
            entry(zip, "2021-12/2021-12-hertfordshire-outcomes.csv", outcomes);
            entry(zip, "2021-12/2021-12-hertfordshire-stop-and-search.csv", List.of("Type,Date"));
        }

        ImportResult result = imports.importStream(null, "2021-12.zip", new ByteArrayInputStream(bytes.toByteArray()),
                progress::add);

        assertThat(result.replaced()).containsExactly(
                new ForceMonthCount("hertfordshire", YearMonth.of(2021, 12), street.size() - 1L, false),
                new ForceMonthCount("hertfordshire", YearMonth.of(2021, 12), 300, true));
        assertThat(outcomeCount("hertfordshire", "2021-12-01")).isEqualTo(300);
        assertThat(figures.count("hertfordshire", YearMonth.of(2021, 12))).isEqualTo(street.size() - 1L);
        assertThat(progress).contains("1 files in the archive that are neither street-level nor outcomes files (stop and search, for one) were passed over");

        CrimeQuery query = analysis.resolve(null, "hertfordshire", YearMonth.of(2021, 12), YearMonth.of(2021, 12),
                List.of()).orElseThrow();
        Map<String, Long> expected = outcomesOf(12, 300).stream().collect(Collectors.groupingBy(
                row -> row.get(StreetColumns.OUTCOME_TYPE), Collectors.counting()));
        assertThat(analysis.outcomes(query)).as("counted by outcome, most first").isEqualTo(expected)
                .satisfies(counts -> assertThat(new ArrayList<>(counts.values()))
                        .isSortedAccordingTo(java.util.Comparator.reverseOrder()));
    }

    /** The first {@code rows} crimes of a real month with a Crime ID and an outcome, as outcomes rows. */
    private List<List<String>> outcomesOf(int month, int rows) throws IOException {
        List<List<String>> outcomes = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file(HERTS.formatted(month)), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                String[] cells = record.values();
                if (cells[StreetColumns.CRIME_ID].isEmpty() || cells[10].isEmpty()) {
                    continue;
                }
                List<String> row = new ArrayList<>(Arrays.asList(cells).subList(0, 9));
                row.add(cells[10]);
                outcomes.add(row);
                if (outcomes.size() == rows) {
                    break;
                }
            }
        }
        assertThat(outcomes).hasSize(rows);
        return outcomes;
    }

    private long outcomeCount(String force, String month) {
        return jdbc.sql("select count(*) from crimedata_outcome where force_key = ? and month = cast(? as date)")
                .params(force, month).query(Long.class).single();
    }

    private ImportResult importBytes(String name, List<String> lines) {
        return imports.importStream(null, name,
                new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), progress::add);
    }

    private static String csv(List<String> cells) {
        StringBuilder line = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(line, CSVFormat.DEFAULT.builder().setRecordSeparator("").get())) {
            printer.printRecord(cells);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return line.toString();
    }

    private Path file(String relative) {
        Path file = properties.referenceDataPath().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "Skipped: the reference data file " + file + " is not here (set saferhub.reference-data-dir)");
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, List<String> lines) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
