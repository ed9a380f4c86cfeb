package uk.saferhub.crimedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.crimedata.internal.CrimeImporter;
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

    private final CrimeImporter importer;
    private final AuditTrail audit;

    CrimeImports(CrimeImporter importer, AuditTrail audit) {
        this.importer = importer;
        this.audit = audit;
    }

    /** Imports a file from disk for {@code actor} (null: the system, as the command line does). */
    public ImportResult importFile(Actor actor, Path file, Consumer<String> progress) {
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(actor, file.getFileName().toString(), in, progress);
        } catch (NoSuchFileException missing) {
            throw new CrimeImportRefused("file", "crimedata.import.missing", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a file read from a stream (an upload), named {@code name}. */
    public ImportResult importStream(Actor actor, String name, InputStream in, Consumer<String> progress) {
        ImportResult result;
        try {
            result = importer.importStream(name, in, progress);
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
