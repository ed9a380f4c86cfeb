package uk.saferhub.crimedata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import uk.saferhub.crimedata.CrimeImportRefused;

/** The zip bomb guard and the months real files write, without the application. */
class CrimeFileSourceTests {

    @Test
    void anArchiveThatUnpacksPastTheLimitIsRefused() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("2025-02/2025-02-kent-street.csv"));
            zip.write(new byte[20_000_000]);
            zip.closeEntry();
        }
        assertThat(zipped.size()).as("a bomb: small packed, large unpacked").isLessThan(100_000);

        CrimeFileSource source = new CrimeFileSource(1_000_000, 100);
        assertThatThrownBy(() -> source.each("bomb.zip", new ByteArrayInputStream(zipped.toByteArray()),
                (entry, in) -> in.transferTo(java.io.OutputStream.nullOutputStream())))
                .isInstanceOfSatisfying(CrimeImportRefused.class,
                        refused -> assertThat(refused.key()).isEqualTo("crimedata.import.tooLarge"));
    }

    @Test
    void anArchiveOfTooManyEntriesIsRefusedAndOtherFilesArePassedOver() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (String name : List.of("a-street.csv", "a-outcomes.csv", "b-street.csv")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x".getBytes());
                zip.closeEntry();
            }
        }
        List<String> read = new ArrayList<>();
        int skipped = new CrimeFileSource(1_000, 3).each("ok.zip", new ByteArrayInputStream(zipped.toByteArray()),
                (entry, in) -> read.add(entry + ":" + new String(readAll(in))));
        assertThat(read).containsExactly("a-street.csv:x", "b-street.csv:x");
        assertThat(skipped).isEqualTo(1);

        assertThatThrownBy(() -> new CrimeFileSource(1_000, 2).each("many.zip",
                new ByteArrayInputStream(zipped.toByteArray()), (entry, in) -> readAll(in)))
                .isInstanceOfSatisfying(CrimeImportRefused.class,
                        refused -> assertThat(refused.key()).isEqualTo("crimedata.import.tooManyEntries"));
    }

    @Test
    void monthsAreReadAsDataPoliceUkAndSpreadsheetsWriteThem() {
        assertThat(StreetRowChecks.month("2025-02")).contains(YearMonth.of(2025, 2));
        assertThat(StreetRowChecks.month("Feb-25")).contains(YearMonth.of(2025, 2));
        assertThat(StreetRowChecks.month("Sep-24")).contains(YearMonth.of(2024, 9));
        assertThat(StreetRowChecks.month("sep-2024")).contains(YearMonth.of(2024, 9));
        assertThat(StreetRowChecks.month("2025-02-01")).contains(YearMonth.of(2025, 2));
        assertThat(StreetRowChecks.month("Smarch-21")).isEmpty();
        assertThat(StreetRowChecks.month("2025-13")).isEmpty();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
