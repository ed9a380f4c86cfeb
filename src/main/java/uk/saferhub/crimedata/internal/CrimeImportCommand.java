package uk.saferhub.crimedata.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.saferhub.crimedata.CrimeImportRefused;
import uk.saferhub.crimedata.CrimeImports;
import uk.saferhub.crimedata.ImportResult;

/**
 * The command line import: started with {@code --saferhub.crime.import=<file or folder>}, it imports the file (or
 * every .csv, .gz, .zip and .json file of the folder, in name order; {@code --saferhub.crime.force=<key>} names the
 * force of crimes-street API answers) after the application has started, printing progress,
 * then stops the application with exit code 0, or 1 when any file was refused (what it loaded before stays).
 */
@Component
@ConditionalOnProperty("saferhub.crime.import")
@Order(Ordered.LOWEST_PRECEDENCE)
class CrimeImportCommand implements ApplicationRunner {

    private final CrimeImports imports;
    private final CrimeImporter importer;
    private final ConfigurableApplicationContext context;
    private final String path;
    private final String force;

    CrimeImportCommand(CrimeImports imports, CrimeImporter importer, ConfigurableApplicationContext context,
            org.springframework.core.env.Environment environment) {
        this.imports = imports;
        this.importer = importer;
        this.context = context;
        this.path = environment.getProperty("saferhub.crime.import");
        this.force = environment.getProperty("saferhub.crime.force");
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int code = run(Path.of(path), System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Imports the file or folder, printing to {@code out}; the exit code. */
    int run(Path target, PrintStream out) {
        int code = 0;
        for (Path file : files(target)) {
            out.println("Importing " + file);
            try {
                ImportResult result = imports.importFile(null, file, force, out::println);
                result.replaced().forEach(part -> out.println("  " + part.force() + " " + part.month() + ": "
                        + part.rows() + " rows"));
            } catch (CrimeImportRefused refused) {
                out.println(importer.words("crimedata.progress.refused",
                        importer.words(refused.key(), refused.arguments())));
                code = 1;
            } catch (RuntimeException failed) {
                out.println(importer.words("crimedata.progress.refused", String.valueOf(failed)));
                code = 1;
            }
        }
        return code;
    }

    private static List<Path> files(Path target) {
        if (!Files.isDirectory(target)) {
            return List.of(target);
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".csv") || name.endsWith(".gz") || name.endsWith(".zip")
                        || name.endsWith(".json");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
