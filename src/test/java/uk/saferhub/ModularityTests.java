package uk.saferhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

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

        assertThat(OUTPUT.resolve("components.puml")).exists();
        MODULES.forEach(module -> assertThat(OUTPUT.resolve("module-" + module.getIdentifier() + ".puml"))
                .as("diagram of module %s", module.getIdentifier()).exists());
        assertThat(Files.readString(OUTPUT.resolve("components.puml"))).contains("Directory", "Identity", "Audit");
    }
}
