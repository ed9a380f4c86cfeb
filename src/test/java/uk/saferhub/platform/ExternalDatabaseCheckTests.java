package uk.saferhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

import uk.saferhub.SaferHubApplication;
import uk.saferhub.shared.db.StartupProblem;

/**
 * The external-database check as it runs inside {@link SpringApplication}, before any bean exists: what its one line
 * says, and what it never shows. (The process-level behaviour is in {@link ExternalDatabaseTests}.)
 */
class ExternalDatabaseCheckTests {

    @Test
    void aPasswordWrittenIntoTheUrlIsNeverPrintedAndTheSettingIsNamedAsItWasGiven() throws Exception {
        int closed = SaferHubProcess.freePort();
        StartupProblem problem = startWith("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closed
                + "/saferhub?user=saferhub&password=hunter2-secret", "--spring.datasource.password=hunter2-secret");

        assertThat(problem.getMessage())
                .isEqualTo("SaferHub cannot start: cannot connect to the database at spring.datasource.url="
                        + "jdbc:postgresql://127.0.0.1:" + closed + "/saferhub?user=saferhub&password=**** "
                        + "(connection refused). Check spring.datasource.url, spring.datasource.username and "
                        + "spring.datasource.password.")
                .doesNotContain("hunter2-secret");
        assertThat(problem.getExitCode()).isEqualTo(1);
    }

    @Test
    void anUnknownHostIsCalledSo() {
        StartupProblem problem = startWith("--spring.datasource.url=jdbc:postgresql://saferhub-db.invalid/saferhub");

        assertThat(problem.getMessage()).contains("(unknown host saferhub-db.invalid)");
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefusedBeforeAnyConnection() {
        StartupProblem problem = startWith("--spring.datasource.url=jdbc:mysql://localhost:3306/saferhub");

        assertThat(problem.getMessage()).isEqualTo("SaferHub cannot start: spring.datasource.url="
                + "jdbc:mysql://localhost:3306/saferhub is not a PostgreSQL JDBC URL; it must look like "
                + "jdbc:postgresql://host:5432/database. Check spring.datasource.url.");
    }

    private static StartupProblem startWith(String... arguments) {
        var application = new SpringApplication(SaferHubApplication.class);
        return catchThrowableOfType(StartupProblem.class, () -> application.run(arguments));
    }
}
