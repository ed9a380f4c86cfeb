package uk.saferhub.crimedata.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.saferhub.crimedata.CrimeImportRefused;
import uk.saferhub.crimedata.ForceMonthCount;
import uk.saferhub.crimedata.ImportResult;
import uk.saferhub.crimedata.RejectedRow;

/**
 * Imports one street-level file (CSV, gzip or archive), all or nothing: its rows are checked, placed in their wards
 * and COPYed in, in one transaction that replaces each force-month the file holds ({@link StreetCopy}). A file
 * refused part way (unreadable, a wrong header, too large) rolls back, leaving the data exactly as it was.
 */
@Component
public class CrimeImporter {

    static final int PROGRESS_EVERY = 10_000;
    static final int MAX_LISTED_REJECTIONS = 10_000;
    private static final long RECORD_EVERY_NANOS = 250_000_000L;

    private final DataSource dataSource;
    private final CrimeStore store;
    private final WardPlacer wards;
    private final MessageSource messages;
    private final Clock clock;
    private final tools.jackson.databind.json.JsonMapper json;
    private final long maxUncompressedBytes;
    private final int maxEntries;

    CrimeImporter(DataSource dataSource, CrimeStore store, WardPlacer wards, MessageSource messages, Clock clock,
            tools.jackson.databind.json.JsonMapper json,
            @Value("${saferhub.crime.max-uncompressed-bytes:4294967296}") long maxUncompressedBytes,
            @Value("${saferhub.crime.max-archive-entries:10000}") int maxEntries) {
        this.dataSource = dataSource;
        this.store = store;
        this.wards = wards;
        this.messages = messages;
        this.clock = clock;
        this.json = json;
        this.maxUncompressedBytes = maxUncompressedBytes;
        this.maxEntries = maxEntries;
    }

    /** Imports the stream of a file named {@code name}; progress lines go to {@code progress}. */
    public ImportResult importStream(String name, InputStream in, Consumer<String> progress) {
        return importRun(begin(name, null, null), name, in, progress);
    }

    /** Records a run about to start, of a file of {@code size} bytes (null: not known) started by a user (or null). */
    public UUID begin(String name, Long size, UUID startedBy) {
        UUID run = UUID.randomUUID();
        store.started(run, name, clock.instant(), size, startedBy);
        return run;
    }

    /** Imports the stream of a file named {@code name} as the run begun; its progress is recorded as it reads. */
    public ImportResult importRun(UUID run, String name, InputStream raw, Consumer<String> progress) {
        return importRun(run, name, raw, null, progress);
    }

    /**
     * Imports as {@link #importRun(UUID, String, InputStream, Consumer)}; {@code force} (a data.police.uk key, or null)
     * is the force of a crimes-street API answer, which names none (else its file name must).
     */
    public ImportResult importRun(UUID run, String name, InputStream raw, String force, Consumer<String> progress) {
        if (force != null && PoliceForces.name(force).isEmpty()) {
            CrimeImportRefused refused = new CrimeImportRefused("force", "crimedata.import.unknownForce", force,
                    String.join(", ", PoliceForces.keys()));
            store.refused(run, clock.instant(), 0, words(refused.key(), refused.arguments()));
            throw refused;
        }
        CountingStream in = new CountingStream(raw);
        Run state = new Run(name, progress, new StreetRowChecks(YearMonth.now(clock)));
        state.force = force;
        state.recorded = () -> {
            // At most four times a second: the page that shows the progress asks no more often than that.
            long now = System.nanoTime();
            if (now - state.lastRecorded >= RECORD_EVERY_NANOS) {
                state.lastRecorded = now;
                store.progress(run, state.read, in.count(), clock.instant());
            }
        };
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            StreetCopy staging = null;
            try {
                staging = new StreetCopy(connection, () -> store.afterDelete.run());
                state.staging = staging;
                int skipped = new CrimeFileSource(maxUncompressedBytes, maxEntries).each(name, in, state::entry);
                state.flush();
                state.written();
                if (staging.rows() == 0) {
                    RejectedRow first = state.rejections.isEmpty() ? null : state.rejections.getFirst();
                    throw first == null ? new CrimeImportRefused("file", "crimedata.import.empty", name)
                            : new CrimeImportRefused("file", "crimedata.import.nothingLoaded", name, state.read,
                                    first.line(), first.reason());
                }
                staging.close();
                staging.replace();
                if (skipped > 0) {
                    progress.accept(words("crimedata.progress.skipped", skipped));
                }
                List<ForceMonthCount> parts = staging.forceMonths();
                store.loaded(connection, run, clock.instant(), state.read, staging.rows(), parts, state.rejections,
                        state.rejected);
                connection.commit();
                progress.accept(words("crimedata.progress.done", state.read, staging.rows(), state.rejected,
                        parts.size(), staging.rowsInWards()));
                return new ImportResult(run, name, state.read, staging.rows(), state.rejected, parts);
            } catch (RuntimeException | IOException | SQLException failed) {
                state.abandoned();
                if (staging != null) {
                    staging.abort();
                }
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (CrimeImportRefused refused) {
            store.refused(run, clock.instant(), state.read, words(refused.key(), refused.arguments()));
            throw refused;
        } catch (IOException | UncheckedIOException | SQLException failed) {
            CrimeImportRefused refused = new CrimeImportRefused("file", "crimedata.import.unreadable", state.entry,
                    String.valueOf(failed.getMessage()));
            store.refused(run, clock.instant(), state.read, words(refused.key(), refused.arguments()));
            throw refused;
        } catch (RuntimeException failed) {
            store.refused(run, clock.instant(), state.read, String.valueOf(failed));
            throw failed;
        } finally {
            state.copier.shutdown();
        }
    }

    /** Every force's key with its name. */
    public java.util.Map<String, String> forces() {
        java.util.Map<String, String> forces = new java.util.LinkedHashMap<>();
        PoliceForces.keys().forEach(key -> forces.put(key, PoliceForces.name(key).orElse(key)));
        return forces;
    }

    /** The force a file's name names ("2024-01-metropolitan-street.json"), the longest key found; or null. */
    static String forceNamedIn(String name) {
        String lower = "-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-";
        return PoliceForces.keys().stream().filter(key -> lower.contains("-" + key + "-"))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
    }

    /** The words of a message, in English: for progress lines and the stored reasons. */
    public String words(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.UK);
    }

    /** Counts the bytes read from a stream (of the file as it came: compressed for a gzip or an archive). */
    private static final class CountingStream extends java.io.FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        long count() {
            return count;
        }
    }

    /** The state of one import as it reads. */
    private final class Run {

        private final String file;
        private final Consumer<String> progress;
        private final StreetRowChecks checks;
        private final List<StreetRow> batch = new ArrayList<>(WardPlacer.BATCH);
        final List<RejectedRow> rejections = new ArrayList<>();
        private final WardPlacer.Lsoas lsoas = wards.lsoas();
        StreetCopy staging;
        /** Whether the entry being read is an outcomes file. */
        private boolean outcomes;
        private java.util.concurrent.Future<Void> writing;
        final java.util.concurrent.ExecutorService copier = java.util.concurrent.Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("crime-import-copy").daemon().factory());
        String force;
        Runnable recorded = () -> { };
        long lastRecorded = System.nanoTime();
        String entry;
        long read;
        long rejected;

        Run(String file, Consumer<String> progress, StreetRowChecks checks) {
            this.file = file;
            this.progress = progress;
            this.checks = checks;
            this.entry = file;
        }

        void entry(String name, InputStream in, java.util.function.LongSupplier quotes) throws IOException {
            entry = name;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            if (startsJson(reader)) {
                String key = force != null ? force : forceNamedIn(name);
                if (key == null) {
                    throw new CrimeImportRefused("force", "crimedata.import.jsonForce", name);
                }
                outcomes = false;
                new ApiCrimeReader(json).each(name, reader, PoliceForces.name(key).orElseThrow(), (index, cells) -> {
                    read++;
                    if (cells.length == 0) {
                        rejected++;
                        rejections.add(new RejectedRow(entry, index, "crimedata.row.notACrime",
                                words("crimedata.row.notACrime")));
                    } else {
                        row(index, cells);
                    }
                    if (read % PROGRESS_EVERY == 0) {
                        recorded.run();
                        progress.accept(words("crimedata.progress.rows", read, name));
                    }
                });
                return;
            }
            boolean first = true;
            long line = 0;
            try (CsvReader<CsvRecord> parser = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                    .ofCsvRecord(reader)) {
                for (CsvRecord record : parser) {
                    line = record.getStartingLineNumber();
                    String[] cells = new String[record.getFieldCount()];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = record.getField(i);
                    }
                    if (first) {
                        first = false;
                        Boolean header = header(cells);
                        if (header != null) {
                            outcomes = header;
                            continue;
                        }
                        // No header: a street-level file's twelve columns or an outcomes file's ten, from a month.
                        outcomes = cells.length == StreetColumns.OUTCOMES_HEADER.size();
                        if ((cells.length != StreetColumns.HEADER.size() && !outcomes)
                                || StreetRowChecks.month(cells[StreetColumns.MONTH]).isEmpty()) {
                            throw new CrimeImportRefused("file", "crimedata.import.notStreetCsv", name);
                        }
                    }
                    read++;
                    row(line, cells);
                    if (read % PROGRESS_EVERY == 0) {
                        recorded.run();
                        progress.accept(words("crimedata.progress.rows", read, name));
                    }
                }
            } catch (CsvParseException unreadable) {
                throw new CrimeImportRefused("file", "crimedata.import.unreadable", name,
                        String.valueOf(unreadable.getMessage()));
            }
            if ((quotes.getAsLong() & 1) == 1) {
                // The file ends inside a quoted cell: cut short, or a quote never closed (which the reader would
                // otherwise take to run to the end of the file, every line after it read as one cell).
                throw new CrimeImportRefused("file", "crimedata.import.unreadable", name,
                        words("crimedata.import.unclosedQuote", line));
            }
            if (first) {
                throw new CrimeImportRefused("file", "crimedata.import.empty", name);
            }
        }

        /** Whether the text's first character, past white space, opens a JSON array. */
        private boolean startsJson(BufferedReader reader) throws IOException {
            reader.mark(4096);
            int c = reader.read();
            for (int i = 0; i < 4095 && c >= 0 && Character.isWhitespace(c); i++) {
                c = reader.read();
            }
            reader.reset();
            return c == '[';
        }

        /**
         * Of a file's first row: null when it is no header; false for a street-level file's header, true for an
         * outcomes file's. A first row naming the Crime ID column but not as either is refused.
         */
        private Boolean header(String[] cells) {
            if (cells.length == 0 || !cells[0].strip().equalsIgnoreCase(StreetColumns.HEADER.get(0))) {
                return null;
            }
            List<String> found = new ArrayList<>();
            for (String cell : cells) {
                found.add(cell.strip().toLowerCase(Locale.ROOT));
            }
            if (found.equals(lower(StreetColumns.HEADER))) {
                return false;
            }
            if (found.equals(lower(StreetColumns.OUTCOMES_HEADER))) {
                return true;
            }
            throw new CrimeImportRefused("file", "crimedata.import.wrongHeader", entry, String.join(",", cells));
        }

        private static List<String> lower(List<String> header) {
            return header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        }

        private void row(long line, String[] cells) throws IOException {
            StreetRowChecks.Checked checked = checks.check(cells, outcomes);
            if (checked.rejection() != null) {
                rejected++;
                if (rejections.size() < MAX_LISTED_REJECTIONS) {
                    rejections.add(new RejectedRow(entry, line, checked.rejection().key(),
                            words(checked.rejection().key(), checked.rejection().arguments())));
                }
                return;
            }
            batch.add(checked.row());
            if (batch.size() == WardPlacer.BATCH) {
                flush();
            }
        }

        /**
         * Places the batch in its wards and hands it to the COPY, which writes it on a thread of its own while the
         * next batch is read: reading and writing overlap, one batch in hand at a time.
         */
        void flush() throws IOException {
            wards.place(batch, lsoas);
            written();
            List<StreetRow> rows = List.copyOf(batch);
            batch.clear();
            writing = copier.submit(() -> {
                for (StreetRow row : rows) {
                    staging.write(row);
                }
                return null;
            });
        }

        /** Waits for the batch being written, passing on its failure. */
        void written() throws IOException {
            if (writing == null) {
                return;
            }
            try {
                writing.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("the import was interrupted");
            } catch (java.util.concurrent.ExecutionException failed) {
                switch (failed.getCause()) {
                    case IOException io -> throw io;
                    case RuntimeException runtime -> throw runtime;
                    case Error error -> throw error;
                    default -> throw new IOException(failed.getCause());
                }
            } finally {
                writing = null;
            }
        }

        /** After a failure: waits for the batch being written (its own failure no longer matters). */
        void abandoned() {
            try {
                written();
            } catch (IOException | RuntimeException alsoFailed) {
                // the first failure is the one reported
            }
        }
    }
}
