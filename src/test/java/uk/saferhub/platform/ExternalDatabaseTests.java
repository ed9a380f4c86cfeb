package uk.saferhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SaferHub run as a real process against an external PostgreSQL (here a server the test starts itself, which asks
 * for passwords): a database it cannot use ends start-up with one clear line; a good one is migrated and used
 * instead of an embedded one, without demonstration data unless asked for.
 */
class ExternalDatabaseTests {

    private static final Path FOLDER = Path.of("target", "platform-tests", "external-" + UUID.randomUUID())
            .toAbsolutePath();
    private static final String PASSWORD = "right-password-2026";
    private static final Duration QUICK = Duration.ofSeconds(30);

    private static EmbeddedPostgres server;

    @BeforeAll
    static void startAnExternalServerThatAsksForPasswords() throws Exception {
        Path log = Files.createDirectories(FOLDER).resolve("external-server.log");
        server = EmbeddedPostgres.builder().setDataDirectory(FOLDER.resolve("external-server"))
                .setCleanDataDirectory(true)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try (Connection admin = server.getPostgresDatabase().getConnection(); var sql = admin.createStatement()) {
            sql.execute("create role saferhub login password '" + PASSWORD + "'");
            sql.execute("create database saferhub owner saferhub");
            sql.execute("create database saferhub_demo owner saferhub");
            sql.execute("create database saferhub_first owner saferhub");
        }
        Files.writeString(FOLDER.resolve("external-server").resolve("pg_hba.conf"), """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        try (Connection admin = server.getPostgresDatabase().getConnection(); var sql = admin.createStatement()) {
            sql.execute("select pg_reload_conf()");
        }
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        if (server != null) {
            server.close();
        }
        Leftovers.kill(FOLDER);
    }

    @Test
    void aDatabaseThatDoesNotAnswerEndsStartUpWithOneLineNamingTheSettingAndNoStackTrace() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + SaferHubProcess.freePort() + "/saferhub";
        try (var saferhub = SaferHubProcess.start(FOLDER.resolve("closed-port.log"),
                SaferHubProcess.environment("SPRING_DATASOURCE_URL", url))) {
            assertThat(saferhub.awaitExit(QUICK)).isEqualTo(1);
            assertThat(saferhub.output().strip()).isEqualTo("SaferHub cannot start: cannot connect to the database at "
                    + "SPRING_DATASOURCE_URL=" + url + " (connection refused). Check SPRING_DATASOURCE_URL, "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
            assertNoStackTrace(saferhub.output());
        }
    }

    @Test
    void aUrlThatIsNotAPostgresqlJdbcUrlIsCalledSo() throws Exception {
        try (var saferhub = SaferHubProcess.start(FOLDER.resolve("malformed.log"),
                SaferHubProcess.environment("SPRING_DATASOURCE_URL", "postgres://localhost/saferhub"))) {
            assertThat(saferhub.awaitExit(QUICK)).isEqualTo(1);
            assertThat(saferhub.output().strip()).isEqualTo("SaferHub cannot start: SPRING_DATASOURCE_URL="
                    + "postgres://localhost/saferhub is not a PostgreSQL JDBC URL; it must look like "
                    + "jdbc:postgresql://host:5432/database. Check SPRING_DATASOURCE_URL.");
        }
    }

    @Test
    void aWrongPasswordIsReportedAsAFailedPasswordAuthenticationWithoutPrintingThePassword() throws Exception {
        try (var saferhub = SaferHubProcess.start(FOLDER.resolve("wrong-password.log"),
                credentials("saferhub", "not-the-password-9431"))) {
            assertThat(saferhub.awaitExit(QUICK)).isEqualTo(1);
            assertThat(saferhub.output().strip())
                    .startsWith("SaferHub cannot start: cannot connect to the database at SPRING_DATASOURCE_URL=")
                    .contains("(password authentication failed for user \"saferhub\")")
                    .doesNotContain("not-the-password-9431")
                    .hasLineCount(1);
            assertNoStackTrace(saferhub.output());
        }
    }

    @Test
    void withTheRightCredentialsSaferHubMigratesTheDatabaseStartsNoEmbeddedOneAndCreatesNoDemonstration()
            throws Exception {
        Path dataDirectory = FOLDER.resolve("data");
        Map<String, String> environment = credentials("saferhub", PASSWORD);
        environment.put("SAFERHUB_DATA_DIR", dataDirectory.toString());
        try (var saferhub = SaferHubProcess.start(FOLDER.resolve("external.log"), environment)) {
            saferhub.awaitReady();
            assertThat(saferhub.body("/actuator/health")).contains("\"UP\"");
            assertThat(saferhub.status("/login")).isEqualTo(200);
            try (Connection connection = connect("saferhub")) {
                assertThat(single(connection, "select count(*) from flyway_schema_history where not success"))
                        .isEqualTo("0");
                assertThat(Long.parseLong(single(connection, "select count(*) from flyway_schema_history")))
                        .isPositive();
                assertThat(single(connection, "select count(*) from user_account")).isEqualTo("0");
                assertThat(single(connection, "select count(*) from organisation")).isEqualTo("0");
            }
            assertThat(dataDirectory.resolve("postgres")).doesNotExist();
            assertThat(Leftovers.under(dataDirectory)).isEmpty();
            saferhub.stop();
        }
    }

    @Test
    void onRequestTheDemonstrationPartnershipIsLoadedIntoTheExternalDatabase() throws Exception {
        Map<String, String> environment = credentials("saferhub", PASSWORD);
        environment.put("SPRING_DATASOURCE_URL", url("saferhub_demo"));
        try (var saferhub = SaferHubProcess.start(FOLDER.resolve("external-demo.log"), environment,
                "--saferhub.data-dir=" + FOLDER.resolve("demo-data"), "--saferhub.demo=true")) {
            saferhub.awaitReady();
            try (Connection connection = connect("saferhub_demo")) {
                assertThat(single(connection, "select count(*) from user_account where username = 'admin'"))
                        .isEqualTo("1");
                assertThat(single(connection, "select requested from demonstration_load")).isEqualTo("t");
            }
            assertThat(FOLDER.resolve("demo-data").resolve("postgres")).doesNotExist();
            saferhub.stop();
        }
    }

    @Test
    void aNewProductionDatabaseGetsItsFirstAdministratorFromTheEnvironmentOnce() throws Exception {
        Map<String, String> environment = credentials("saferhub", PASSWORD);
        environment.put("SPRING_DATASOURCE_URL", url("saferhub_first"));
        environment.put("SAFERHUB_FIRST_ADMIN_USERNAME", "hdc.admin");
        environment.put("SAFERHUB_FIRST_ADMIN_PASSWORD", "a long and unusual passphrase 2026");
        environment.put("SAFERHUB_FIRST_ADMIN_ORGANISATION", "Huntingdonshire District Council");
        environment.put("SAFERHUB_FIRST_ADMIN_ORGANISATION_TYPE", "DISTRICT_COUNCIL");
        try (var saferhub = SaferHubProcess.start(FOLDER.resolve("first-admin.log"), environment,
                "--saferhub.data-dir=" + FOLDER.resolve("first-admin-data"))) {
            saferhub.awaitReady();
            try (Connection connection = connect("saferhub_first")) {
                assertThat(single(connection, """
                        select count(*) from user_account u join user_account_role r on r.user_account_id = u.id
                        join organisation o on o.id = u.organisation_id
                        where u.username = 'hdc.admin' and r.role = 'ADMINISTRATOR'
                          and o.name = 'Huntingdonshire District Council' and o.type = 'DISTRICT_COUNCIL'
                          and not u.demonstration""")).isEqualTo("1");
                assertThat(single(connection, "select count(*) from sharing_agreement_party")).isEqualTo("1");
                assertThat(single(connection, "select count(*) from user_account")).isEqualTo("1");
                assertThat(single(connection, "select count(*) from audit_event where summary like "
                        + "'Created the first administrator%'")).isEqualTo("1");
            }
            saferhub.stop();
        }
    }

    private static Map<String, String> credentials(String username, String password) {
        return SaferHubProcess.environment("SPRING_DATASOURCE_URL", url("saferhub"),
                "SPRING_DATASOURCE_USERNAME", username, "SPRING_DATASOURCE_PASSWORD", password);
    }

    private static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "saferhub", PASSWORD);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void assertNoStackTrace(String output) {
        assertThat(output).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
    }
}
