package uk.saferhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded default, run as a real process: its data survives {@code kill -9}, and the next start copes with the
 * PostgreSQL server the killed JVM left running.
 */
class EmbeddedDatabaseSurvivesKillTests {

    private static final Path FOLDER = Path.of("target", "platform-tests", "kill-" + UUID.randomUUID())
            .toAbsolutePath();

    @AfterAll
    static void stopWhateverIsLeft() throws InterruptedException {
        Leftovers.kill(FOLDER);
    }

    @Test
    void aSaferHubKilledWithKillNineLeavesItsDatabaseRunningAndTheNextStartStopsItAndKeepsTheData() throws Exception {
        Path dataDirectory = FOLDER.resolve("data");
        Path pidFile = dataDirectory.resolve("postgres").resolve("postmaster.pid");
        long leftoverPostmaster;
        try (var first = SaferHubProcess.start(FOLDER.resolve("first.log"), SaferHubProcess.environment(),
                "--saferhub.data-dir=" + dataDirectory)) {
            first.awaitReady();
            assertThat(first.output()).contains("Demonstration partnership loaded");
            assertThat(first.body("/actuator/health")).contains("\"UP\"");
            first.kill();
            assertThat(pidFile).exists();
            leftoverPostmaster = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            assertThat(ProcessHandle.of(leftoverPostmaster)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
        }

        try (var second = SaferHubProcess.start(FOLDER.resolve("second.log"), SaferHubProcess.environment(),
                "--saferhub.data-dir=" + dataDirectory)) {
            second.awaitReady();
            assertThat(second.status("/actuator/health")).isEqualTo(200);
            assertThat(second.body("/actuator/health")).contains("\"UP\"");
            assertThat(second.output())
                    .contains("Stopped a PostgreSQL server (pid " + leftoverPostmaster + ") left running")
                    .doesNotContain("Demonstration partnership loaded");
            assertThat(ProcessHandle.of(leftoverPostmaster).filter(ProcessHandle::isAlive)).isEmpty();

            try (Connection connection = connectTo(pidFile)) {
                assertThat(single(connection, "show fsync")).isEqualTo("on");
                assertThat(single(connection, "select count(*) from demonstration_load")).isEqualTo("1");
                assertThat(single(connection, "select count(*) from user_account where username = 'admin'"))
                        .isEqualTo("1");
                assertThat(Long.parseLong(single(connection, "select count(*) from organisation"))).isPositive();
            }

            second.stop();
        }
        assertThat(awaitNoLeftovers(dataDirectory)).isEmpty();
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void aSecondSaferHubOnTheSameDataDirectoryStopsWithOneLineAndLeavesTheFirstAlone() throws Exception {
        Path dataDirectory = FOLDER.resolve("shared-data");
        try (var first = SaferHubProcess.start(FOLDER.resolve("owner.log"), SaferHubProcess.environment(),
                "--saferhub.data-dir=" + dataDirectory, "--saferhub.demo=false")) {
            first.awaitReady();
            try (var second = SaferHubProcess.start(FOLDER.resolve("intruder.log"), SaferHubProcess.environment(),
                    "--saferhub.data-dir=" + dataDirectory)) {
                assertThat(second.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
                assertThat(second.output().strip()).isEqualTo("SaferHub cannot start: another SaferHub is already "
                        + "running with the data directory " + dataDirectory + ". Stop it first, or give this one its "
                        + "own SAFERHUB_DATA_DIR.");
            }
            assertThat(first.body("/actuator/health")).contains("\"UP\"");
            first.stop();
        }
        assertThat(awaitNoLeftovers(dataDirectory)).isEmpty();
    }

    private static List<ProcessHandle> awaitNoLeftovers(Path dataDirectory) throws InterruptedException {
        for (int i = 0; i < 40 && !Leftovers.under(dataDirectory).isEmpty(); i++) {
            Thread.sleep(250);
        }
        return Leftovers.under(dataDirectory);
    }

    /** Connects as SaferHub does, with the password kept beside the cluster's folder (ADR 0014). */
    private static Connection connectTo(Path pidFile) throws Exception {
        String port = Files.readAllLines(pidFile).get(3).trim(); // the fourth line of postmaster.pid is the port
        String password = Files.readString(pidFile.getParent().resolveSibling("postgres-password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", password);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
