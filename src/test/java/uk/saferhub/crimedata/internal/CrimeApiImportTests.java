package uk.saferhub.crimedata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.crimedata.CrimeFigures;
import uk.saferhub.crimedata.CrimeImportRefused;
import uk.saferhub.crimedata.CrimeImports;
import uk.saferhub.crimedata.ImportResult;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.support.RefusalWords;
import uk.saferhub.support.SaferHubTest;

/**
 * data.police.uk crimes-street API answers: the real London ward answers of the reference folder (as an archive that
 * makes the force's month), a small answer written here read field by field, and the refusals: a force not named,
 * an unknown force, JSON cut short, and a file none of whose rows can be loaded (an unknown force's), each changing
 * nothing.
 */
@SaferHubTest
class CrimeApiImportTests {

    /** Newport, June 2012 (no other test holds Gwent's June 2012): a burglary, a BTP crime, a new category. */
    private static final String ANSWER = """
            [{"category":"burglary","location_type":"Force","location":{"latitude":"51.588238",
              "street":{"id":1,"name":"On or near Commercial Street"},"longitude":"-3.002931"},"context":"",
              "outcome_status":{"category":"Investigation complete; no suspect identified","date":"2012-07"},
              "persistent_id":"p1","id":11,"location_subtype":"","month":"2012-06"},
             {"category":"theft-from-the-person","location_type":"BTP","location":{"latitude":"51.588900",
              "street":{"id":2,"name":"On or near Newport Station"},"longitude":"-3.000100"},"context":"",
              "outcome_status":null,"persistent_id":"p2","id":12,"location_subtype":"STATION","month":"2012-06"},
             {"category":"littering-offences","location_type":"Force","location":{"latitude":"51.587000",
              "street":{"id":3,"name":"On or near Dock Street"},"longitude":"-3.001000"},"context":"",
              "outcome_status":null,"persistent_id":"","id":13,"location_subtype":"","month":"2012-06"}]
            """;

    @Autowired
    CrimeImports imports;
    @Autowired
    CrimeFigures figures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SaferHubProperties properties;

    @TempDir
    Path folder;

    @Test
    void anAnswerIsReadFieldByFieldWithTheForceGiven() throws IOException {
        Path answer = write("newport-june.json", ANSWER);
        ImportResult result = imports.importFile(null, answer, "gwent", line -> { });

        assertThat(result.rowsLoaded()).isEqualTo(3);
        assertThat(figures.count("gwent", YearMonth.of(2012, 6))).isEqualTo(2);
        assertThat(figures.count("btp", YearMonth.of(2012, 6))).isEqualTo(1);
        List<String> rows = jdbc.sql("select coalesce(crime_id, '') || '|' || reported_by || '|' || falls_within || '|' || location "
                + "|| '|' || crime_type || '|' || coalesce(last_outcome, '') from crimedata_street where month = "
                + "'2012-06-01' and force_key in ('gwent', 'btp') order by crime_type").query(String.class).list();
        assertThat(rows).containsExactly(
                "p1|Gwent Police|Gwent Police|On or near Commercial Street|Burglary|"
                        + "Investigation complete; no suspect identified",
                "|Gwent Police|Gwent Police|On or near Dock Street|Littering offences|",
                "p2|British Transport Police|Gwent Police|On or near Newport Station|Theft from the person|");
    }

    @Test
    void theForceMayBeNamedByTheFileNameButMustBeNamedSomewhere() throws IOException {
        ImportResult named = imports.importFile(null, write("2012-06-gwent-street.json", ANSWER), null, line -> { });
        assertThat(named.replaced()).extracting(part -> part.force()).contains("gwent");

        Path unnamed = write("crime_month_2012_06_area_W05000001.json", ANSWER);
        assertThatThrownBy(() -> imports.importFile(null, unnamed, null, line -> { }))
                .isInstanceOf(CrimeImportRefused.class)
                .extracting(RefusalWords::of).asString().contains("choose the force");
        assertThatThrownBy(() -> imports.importFile(null, unnamed, "atlantis", line -> { }))
                .isInstanceOf(CrimeImportRefused.class)
                .extracting(RefusalWords::of).asString().contains("no force with the key \"atlantis\"", "gwent");
    }

    @Test
    void jsonCutShortIsRefusedAndChangesNothing() throws IOException {
        imports.importFile(null, write("newport.json", ANSWER), "gwent", line -> { });
        long before = figures.count("gwent", YearMonth.of(2012, 6));

        Path cut = write("newport-cut.json", ANSWER.substring(0, ANSWER.length() / 2));
        assertThatThrownBy(() -> imports.importFile(null, cut, "gwent", line -> { }))
                .isInstanceOf(CrimeImportRefused.class)
                .extracting(RefusalWords::of).asString().contains("Nothing was changed");
        assertThat(figures.count("gwent", YearMonth.of(2012, 6))).isEqualTo(before);
    }

    @Test
    void aFileWhoseEveryRowIsOfAnUnknownForceIsRefusedWhole() throws IOException {
        Path atlantis = write("2012-06-atlantis-street.csv", """
                Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context
                x1,2012-06,Atlantis Police,Atlantis Police,-3.0,51.5,On or near Sea Lane,,,Burglary,,
                x2,2012-06,Atlantis Police,Atlantis Police,-3.0,51.5,On or near Sea Lane,,,Robbery,,
                """);
        long runs = jdbc.sql("select count(*) from crimedata_import_run where status = 'loaded'").query(Long.class)
                .single();
        assertThatThrownBy(() -> imports.importFile(null, atlantis, line -> { }))
                .isInstanceOf(CrimeImportRefused.class)
                .extracting(RefusalWords::of).asString()
                .contains("None of the 2 rows", "line 2", "Atlantis Police", "Nothing was changed");
        assertThat(jdbc.sql("select count(*) from crimedata_import_run where status = 'loaded'").query(Long.class)
                .single()).isEqualTo(runs);
    }

    @Test
    void theRealLondonWardAnswersMakeTheMetropolitanMonthAsOneArchive() throws IOException {
        Path api = properties.referenceDataPath().resolve("police-api/street-level-crimes-api");
        Assumptions.assumeTrue(Files.isDirectory(api), "Skipped: " + api + " is not here");
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped); var files = Files.list(api)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        Path archive = folder.resolve("2018-03-metropolitan-wards.zip");
        Files.write(archive, zipped.toByteArray());

        ImportResult result = imports.importFile(null, archive, "metropolitan", line -> { });

        assertThat(result.rowsRead()).isEqualTo(284 + 5 + 1667);
        assertThat(result.rowsRejected()).isZero();
        assertThat(figures.count("metropolitan", YearMonth.of(2018, 3)) + figures.count("btp", YearMonth.of(2018, 3)))
                .isEqualTo(1956);
        ImportResult again = imports.importFile(null, archive, "metropolitan", line -> { });
        assertThat(again.rowsLoaded()).isEqualTo(1956);
        assertThat(figures.count("metropolitan", YearMonth.of(2018, 3)) + figures.count("btp", YearMonth.of(2018, 3)))
                .as("imported again, replaced, not doubled").isEqualTo(1956);
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
