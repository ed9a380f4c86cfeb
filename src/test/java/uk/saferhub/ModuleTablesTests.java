package uk.saferhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each module's tables are its own: no module's SQL names another module's table (it asks that module's API). A
 * table belongs to the module named in the Flyway migration that creates it ({@code V0030__meetings.sql}); the
 * shared module's tables (sessions, the demonstration marker) are everyone's.
 */
class ModuleTablesTests {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path MODULES = Path.of("src/main/java/uk/saferhub");

    private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)_?.*\\.sql");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_USE = Pattern.compile(
            "\\b(?:from|join|into|update|table|exists)\\s+([a-z_][a-z0-9_]*)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void noModuleNamesAnotherModulesTable() throws IOException {
        Map<String, String> owners = tableOwners();
        assertThat(owners).containsEntry("organisation", "directory").containsEntry("meeting", "meetings")
                .containsEntry("workforce_pcso", "workforce");
        List<String> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(MODULES)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                String name = module.getFileName().toString();
                try (Stream<Path> sources = Files.walk(module)) {
                    for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                        Matcher uses = TABLE_USE.matcher(Files.readString(source));
                        while (uses.find()) {
                            String table = uses.group(1).toLowerCase(Locale.ROOT);
                            String owner = owners.get(table);
                            if (owner != null && !owner.equals(name) && !owner.equals("shared")) {
                                found.add(MODULES.relativize(source) + " names " + owner + "'s table " + table);
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).as("SQL naming another module's table").isEmpty();
    }

    /** Each table, by the module whose migration creates it. */
    private static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new HashMap<>();
        try (Stream<Path> migrations = Files.list(MIGRATIONS)) {
            for (Path migration : migrations.toList()) {
                Matcher name = MIGRATION.matcher(migration.getFileName().toString());
                assertThat(name.matches()).as("migration named V<n>__<module>_<what>.sql: " + migration).isTrue();
                Matcher tables = CREATE_TABLE.matcher(Files.readString(migration));
                while (tables.find()) {
                    owners.put(tables.group(1).toLowerCase(Locale.ROOT), name.group(1));
                }
            }
        }
        return owners;
    }
}
