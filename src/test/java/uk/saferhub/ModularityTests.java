package uk.saferhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules of SaferHub depend on each other only through their published APIs, and their overview in
 * {@code docs/modules} is regenerated on every build so it never drifts from the code.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SaferHubApplication.class);

    static final Path OUTPUT = Path.of("docs", "modules");

    @Test
    void everyModuleUsesOthersOnlyThroughTheirPublishedApi() {
        MODULES.verify();
    }

    @Test
    void theModuleOverviewIsWrittenToTheDocsFolder() throws Exception {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeDocumentation();
        try (var files = Files.list(OUTPUT)) {
            for (Path file : files.toList()) {
                Files.write(file, StableOrder.of(Files.readAllLines(file)));
            }
        }

        assertThat(OUTPUT.resolve("components.puml")).exists();
        MODULES.forEach(module -> assertThat(OUTPUT.resolve("module-" + module.getIdentifier() + ".puml"))
                .as("diagram of module %s", module.getIdentifier()).exists());
        assertThat(Files.readString(OUTPUT.resolve("components.puml"))).contains("Directory", "Identity", "Audit");
    }

    /**
     * Spring Modulith lists relations and events in no fixed order; sorting each run of them keeps the committed files
     * unchanged from one build to the next unless the modules really change.
     */
    static final class StableOrder {

        static List<String> of(List<String> lines) {
            var out = new ArrayList<String>();
            var run = new ArrayList<String>();
            String kind = null;
            for (String line : lines) {
                String lineKind = line.startsWith("Rel(") ? "Rel(" : line.startsWith("* ") ? "* "
                        : line.startsWith("|* ") ? "|* " : null;
                boolean continues = lineKind != null && kind != null && (lineKind.equals(kind)
                        || kind.equals("|* ") && lineKind.equals("* "));
                if (!continues) {
                    flush(run, kind, out);
                    kind = lineKind;
                }
                if (lineKind == null) {
                    out.add(line);
                } else {
                    run.add(line.startsWith("|") ? line.substring(1) : line);
                }
            }
            flush(run, kind, out);
            return out;
        }

        private static void flush(List<String> run, String kind, List<String> out) {
            if (run.isEmpty()) {
                return;
            }
            run.sort(null);
            if ("|* ".equals(kind)) {
                run.set(0, "|" + run.getFirst());
            }
            out.addAll(run);
            run.clear();
        }
    }
}
