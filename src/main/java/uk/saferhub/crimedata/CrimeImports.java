package uk.saferhub.crimedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.crimedata.internal.CrimeImportRunner;
import uk.saferhub.crimedata.internal.CrimeImporter;
import uk.saferhub.crimedata.internal.ImportRunStore;
import uk.saferhub.shared.access.Actor;

/**
 * Imports data.police.uk street-level files: a CSV, a gzip of one, or a monthly archive zip of many forces' files.
 * Each force-month in the file replaces what was held for it, all or nothing; a file refused whole
 * ({@link CrimeImportRefused}) changes nothing. Every run, loaded or refused, is audited as a "crime-import".
 */
@Service
public class CrimeImports {

    /** The record type of import runs in the audit trail. */
    public static final String RECORD_TYPE = "crime-import";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CrimeImports.class);

    private final CrimeImporter importer;
    private final AuditTrail audit;
    private final CrimeImportRunner runner;
    private final ImportRunStore runs;

    CrimeImports(CrimeImporter importer, AuditTrail audit, CrimeImportRunner runner, ImportRunStore runs) {
        this.importer = importer;
        this.audit = audit;
        this.runner = runner;
        this.runs = runs;
    }

    /** Imports a file from disk for {@code actor} (null: the system, as the command line does). */
    public ImportResult importFile(Actor actor, Path file, Consumer<String> progress) {
        return importFile(actor, file, null, progress);
    }

    /**
     * Imports a file from disk; {@code force} (a data.police.uk key such as "metropolitan", or null) is the force of a
     * crimes-street API answer, which names none.
     */
    public ImportResult importFile(Actor actor, Path file, String force, Consumer<String> progress) {
        try (InputStream in = Files.newInputStream(file)) {
            String name = file.getFileName().toString();
            return audited(actor, name, () -> importer.importRun(importer.begin(name, sizeOf(file), null), name, in,
                    force, progress));
        } catch (NoSuchFileException missing) {
            throw new CrimeImportRefused("file", "crimedata.import.missing", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a file read from a stream (an upload), named {@code name}. */
    public ImportResult importStream(Actor actor, String name, InputStream in, Consumer<String> progress) {
        return audited(actor, name, () -> importer.importStream(name, in, progress));
    }

    /**
     * Starts importing an uploaded file, kept at {@code file} until the import ends (then deleted), on the import
     * thread: the run's id at once, to follow on its status page ({@link #run}). Refused when too many imports are
     * waiting (and the file deleted).
     */
    public UUID start(Actor actor, String name, Path file, String force) {
        UUID run = importer.begin(name, sizeOf(file), actor == null ? null : actor.id());
        try {
            runner.submit(() -> {
                try (InputStream in = Files.newInputStream(file)) {
                    audited(actor, name, () -> importer.importRun(run, name, in, force, line -> { }));
                } catch (IOException | RuntimeException failed) {
                    log.info("Crime data import of {} ended without loading: {}", name, failed.getMessage());
                } finally {
                    deleteQuietly(file);
                }
            });
        } catch (CrimeImportRefused busy) {
            runs.refuse(run, importer.words(busy.key()));
            deleteQuietly(file);
            throw busy;
        }
        return run;
    }

    /** Every force data.police.uk publishes for, by key, with its name. */
    public java.util.Map<String, String> forces() {
        return importer.forces();
    }

    /** One import run, as its status page shows it. */
    public Optional<ImportRun> run(UUID id) {
        return runs.run(id);
    }

    /** Import runs, newest first. */
    public List<ImportRun> runs(int offset, int limit) {
        return runs.runs(offset, limit);
    }

    public long runCount() {
        return runs.count();
    }

    /** The force-months a run replaced, with the rows it loaded into each. */
    public List<ForceMonthCount> replaced(UUID run) {
        return runs.parts(run);
    }

    /** A page of the rows a run left out, by file and line. */
    public List<RejectedRow> rejections(UUID run, int offset, int limit) {
        return runs.rejections(run, offset, limit);
    }

    public long rejectionCount(UUID run) {
        return runs.rejectionCount(run);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException missing) {
            throw new CrimeImportRefused("file", "crimedata.import.missing", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}: {}", file, e.getMessage());
        }
    }

    private ImportResult audited(Actor actor, String name, java.util.function.Supplier<ImportResult> importing) {
        ImportResult result;
        try {
            result = importing.get();
        } catch (RuntimeException refused) {
            audit.recordIndependently(AuditEntry.by(actor, AuditAction.CREATE, RECORD_TYPE, null,
                    "Crime data import of " + name + " refused or failed: nothing changed", Changes.none()));
            throw refused;
        }
        audit.recordIndependently(AuditEntry.by(actor, AuditAction.CREATE, RECORD_TYPE, result.runId(),
                "Imported crime data from " + name + ": " + result.rowsLoaded() + " rows loaded, "
                        + result.rowsRejected() + " rejected, " + result.replaced().size() + " force-months replaced",
                Changes.none()));
        return result;
    }
}
