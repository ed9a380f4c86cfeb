package uk.saferhub.crimedata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import uk.saferhub.crimedata.CrimeImportRefused;

/** The zip bomb guard, the months real files write and the forces they name, without the application. */
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
                (entry, in, quotes) -> in.transferTo(java.io.OutputStream.nullOutputStream())))
                .isInstanceOfSatisfying(CrimeImportRefused.class,
                        refused -> assertThat(refused.key()).isEqualTo("crimedata.import.tooLarge"));
    }

    @Test
    void anArchiveOfTooManyEntriesIsRefusedAndOtherFilesArePassedOver() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (String name : List.of("a-street.csv", "a-stop-and-search.csv", "b-outcomes.csv")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x".getBytes());
                zip.closeEntry();
            }
        }
        List<String> read = new ArrayList<>();
        int skipped = new CrimeFileSource(1_000, 3).each("ok.zip", new ByteArrayInputStream(zipped.toByteArray()),
                (entry, in, quotes) -> read.add(entry + ":" + new String(readAll(in))));
        assertThat(read).containsExactly("a-street.csv:x", "b-outcomes.csv:x");
        assertThat(skipped).isEqualTo(1);

        assertThatThrownBy(() -> new CrimeFileSource(1_000, 2).each("many.zip",
                new ByteArrayInputStream(zipped.toByteArray()), (entry, in, quotes) -> readAll(in)))
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

    @Test
    void everyForceOfTheNationalFileIsKnownByItsDataPoliceUkKey() throws IOException {
        Path national = Path.of(System.getProperty("saferhub.reference-data-dir", "../shared/data"))
                .resolve("crime-street/national/2019-01-street-41-forces.csv.gz");
        Assumptions.assumeTrue(Files.isRegularFile(national), "Skipped: no reference data file " + national);
        Set<String> forces = new TreeSet<>();
        try (InputStream in = Files.newInputStream(national)) {
            new CrimeFileSource(1L << 32, 10).each(national.toString(), in, (entry, stream, quotes) -> {
                var lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
                lines.readLine();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    forces.add(line.split(",", 4)[2]);
                }
            });
        }
        assertThat(forces).hasSize(41);
        assertThat(forces).allSatisfy(force -> assertThat(PoliceForces.key(force)).as(force).isPresent());
        assertThat(PoliceForces.key("British Transport Police")).contains("btp");
        assertThat(PoliceForces.key("Devon & Cornwall Police")).contains("devon-and-cornwall");
        assertThat(PoliceForces.key("West Yorkshire Police")).contains("west-yorkshire");
        assertThat(PoliceForces.key("Metropolitan Police Service")).contains("metropolitan");
        assertThat(PoliceForces.key("Nowhere Police")).isEmpty();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    @Test
    void aStreamReadAheadGivesEveryByteCountsItsQuotesPassesOnItsFailureAndStopsWhenClosedEarly() throws IOException {
        byte[] bytes = new byte[300_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? '"' : 'a' + i % 26);
        }
        try (ReadAhead ahead = new ReadAhead(new ByteArrayInputStream(bytes))) {
            assertThat(ahead.readAllBytes()).isEqualTo(bytes);
            assertThat(ahead.quotes()).isEqualTo((bytes.length + 6) / 7);
        }

        InputStream failing = new java.io.SequenceInputStream(new ByteArrayInputStream(bytes), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new java.io.EOFException("Unexpected end of ZLIB input stream");
            }
        });
        try (ReadAhead ahead = new ReadAhead(failing)) {
            assertThatThrownBy(ahead::readAllBytes).isInstanceOf(IOException.class)
                    .hasMessage("Unexpected end of ZLIB input stream");
        }

        // Closed after one byte of a long stream: the reading thread, waiting to hand on more, stops.
        long before = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("crime-import-read")).count();
        ReadAhead early = new ReadAhead(new ByteArrayInputStream(new byte[10_000_000]));
        assertThat(early.read()).isZero();
        early.close();
        assertThat(Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("crime-import-read")).count()).isEqualTo(before);
    }

    @Test
    void quotesAreCountedEightBytesAtATimeAsOneByOne() {
        java.util.Random random = new java.util.Random(20261205);
        for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[random.nextInt(100)];
            for (int i = 0; i < bytes.length; i++) {
                // Every byte value, and quotes often; bytes next to a quote (0x21, 0x23, 0xA2) too.
                int pick = random.nextInt(6);
                bytes[i] = (byte) (pick == 0 ? '"' : pick == 1 ? 0x21 : pick == 2 ? 0xA2 : random.nextInt(256));
            }
            long oneByOne = 0;
            for (byte b : bytes) {
                oneByOne += b == '"' ? 1 : 0;
            }
            assertThat(ReadAhead.quotes(bytes, bytes.length)).as("round %d", round).isEqualTo(oneByOne);
        }
    }
}
