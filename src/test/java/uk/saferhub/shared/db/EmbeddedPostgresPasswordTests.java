package uk.saferhub.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL lets no one in without its password: not another local user, and not a client that
 * merely knows the port. A cluster made before that (trusting every local user) is brought up to it on its next start.
 */
class EmbeddedPostgresPasswordTests {

    @TempDir
    Path folder;

    @Test
    void aNewDataFolderGetsARandomPasswordOnlyItsOwnerMayReadAndTheServerRefusesAnyoneWithoutIt() throws Exception {
        Path data = folder.resolve("data");
        try (var server = EmbeddedPostgresServer.persistent(data, DataDirectoryLock.acquire(data))) {
            Path passwordFile = data.resolve("postgres-password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            String password = Files.readString(passwordFile).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(32).isEqualTo(server.password());

            assertRequiresThePassword(server, password);
            assertThat(rules(data)).allSatisfy(rule -> assertThat(rule).doesNotContain("trust"))
                    .anySatisfy(rule -> assertThat(rule).startsWith("local").endsWith("scram-sha-256"))
                    .anySatisfy(rule -> assertThat(rule).startsWith("host").endsWith("scram-sha-256"));
        }

        try (var again = EmbeddedPostgresServer.persistent(data, DataDirectoryLock.acquire(data))) {
            assertThat(again.password()).isEqualTo(Files.readString(data.resolve("postgres-password")).strip());
            assertRequiresThePassword(again, again.password());
        }
    }

    @Test
    void aDataFolderMadeByTheOldTrustingStartIsUpgradedOnTheNextStartAndKeepsItsData() throws Exception {
        Path data = folder.resolve("old");
        // exactly what SaferHub did before: zonky's defaults, initdb -A trust, no password anywhere
        try (var old = EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false).start();
                Connection connection = old.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create table kept (note text); insert into kept values ('made before the upgrade')");
        }
        assertThat(rules(data)).anySatisfy(rule -> assertThat(rule).endsWith("trust"));
        assertThat(data.resolve("postgres-password")).doesNotExist();

        try (var upgraded = EmbeddedPostgresServer.persistent(data, DataDirectoryLock.acquire(data))) {
            String password = Files.readString(data.resolve("postgres-password")).strip();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("postgres-password"))))
                    .isEqualTo("rw-------");
            assertThat(rules(data)).noneSatisfy(rule -> assertThat(rule).contains("trust"));
            assertRequiresThePassword(upgraded, password);
            try (Connection connection = DriverManager.getConnection(upgraded.jdbcUrl(), "postgres", password);
                    var statement = connection.createStatement();
                    var rows = statement.executeQuery("select note from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("made before the upgrade");
            }
        }
    }

    @Test
    void aTrustRuleWrittenBackByHandIsRemovedAgainOnTheNextStart() throws Exception {
        Path data = folder.resolve("edited");
        EmbeddedPostgresServer.persistent(data, DataDirectoryLock.acquire(data)).close();
        Path hba = data.resolve("postgres").resolve("pg_hba.conf");
        Files.writeString(hba, Files.readString(hba).replace("scram-sha-256", "trust"));
        Files.delete(data.resolve("postgres-password"));

        try (var upgraded = EmbeddedPostgresServer.persistent(data, DataDirectoryLock.acquire(data))) {
            assertThat(rules(data)).noneSatisfy(rule -> assertThat(rule).contains("trust"));
            assertRequiresThePassword(upgraded, Files.readString(data.resolve("postgres-password")).strip());
        }
    }

    @Test
    void aThrowAwayServerForTestsNeedsItsPasswordToo() throws Exception {
        try (var server = EmbeddedPostgresServer.throwAway()) {
            assertRequiresThePassword(server, server.password());
        }
    }

    @Test
    void withItsPasswordFileGoneAnExistingClusterStopsTheStartWithOneLineSayingSo() throws Exception {
        Path data = folder.resolve("lost");
        EmbeddedPostgresServer.persistent(data, DataDirectoryLock.acquire(data)).close();
        Files.delete(data.resolve("postgres-password"));

        assertThatThrownBy(() -> EmbeddedPostgresServer.persistent(data, DataDirectoryLock.acquire(data)))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("postgres-password is missing");
    }

    private static void assertRequiresThePassword(EmbeddedPostgresServer server, String password) throws SQLException {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
                .as("a connection without the password").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "not-" + password).close())
                .as("a connection with a wrong password").isInstanceOf(SQLException.class);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", password);
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select 1")) {
            assertThat(rows.next()).isTrue();
        }
    }

    private static List<String> rules(Path data) throws Exception {
        return Files.readAllLines(data.resolve("postgres").resolve("pg_hba.conf"), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }
}
