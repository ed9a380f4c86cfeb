package uk.saferhub.crimedata.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.saferhub.crimedata.CrimeImportRefused;
import uk.saferhub.crimedata.CrimeImports;
import uk.saferhub.crimedata.ImportResult;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.shared.demo.DemoStatus;

/**
 * The demonstration's crime data: on the first start with the demonstration partnership and the reference data folder,
 * the Cambridgeshire and Hertfordshire months and the Leeds file of {@code crime-street/} are imported, one run a file,
 * on the import thread once the application is ready, so the first page does not wait for them (the imports page
 * shows them as they go). Nothing is imported when any import has ever run, or with
 * {@code saferhub.crime.demo-import=false} (the tests, which import what they need).
 */
@Component
public class CrimeDemoData {

    /** The folders of crime-street/ the demonstration imports, in order. */
    static final List<String> FOLDERS = List.of("leeds", "cambridgeshire", "hertfordshire");
    private static final Logger log = LoggerFactory.getLogger(CrimeDemoData.class);

    private final CrimeImports imports;
    private final CrimeImportRunner runner;
    private final ImportRunStore runs;
    private final DemoStatus demo;
    private final SaferHubProperties properties;
    private final boolean enabled;

    CrimeDemoData(CrimeImports imports, CrimeImportRunner runner, ImportRunStore runs, DemoStatus demo,
            SaferHubProperties properties, @Value("${saferhub.crime.demo-import:true}") boolean enabled) {
        this.imports = imports;
        this.runner = runner;
        this.runs = runs;
        this.demo = demo;
        this.properties = properties;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (!enabled || !demo.loaded() || runs.count() > 0) {
            return;
        }
        List<Path> files = files(properties.referenceDataPath().resolve("crime-street"));
        if (files.isEmpty()) {
            log.info("No crime-street files in the reference data folder: the demonstration has no crime data");
            return;
        }
        log.info("Importing the demonstration's crime data ({} files) in the background", files.size());
        runner.submit(() -> importAll(files));
    }

    /** Imports each file in turn, as the system; a file refused is logged and the others still imported. */
    public long importAll(List<Path> files) {
        long loaded = 0;
        long started = System.nanoTime();
        for (Path file : files) {
            try {
                ImportResult result = imports.importFile(null, file, line -> { });
                loaded += result.rowsLoaded();
            } catch (CrimeImportRefused | UncheckedIOException refused) {
                log.warn("Demonstration crime file {} not imported: {}", file, refused.getMessage());
            }
        }
        log.info("Demonstration crime data imported: {} rows from {} files in {} ms", loaded, files.size(),
                (System.nanoTime() - started) / 1_000_000);
        return loaded;
    }

    /** The demonstration's files under a crime-street folder, in order (none when it is not there). */
    public static List<Path> files(Path crimeStreet) {
        List<Path> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = crimeStreet.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
