package uk.saferhub.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * The embedded cluster's {@code pg_hba.conf}. Clusters made by SaferHub before ADR 0014 trusted every local user; on
 * their next start the superuser is given the stored password and every {@code trust} rule becomes
 * {@code scram-sha-256}.
 */
final class ClientAuthentication {

    private static final Pattern TRUST = Pattern.compile("\\btrust\\b");
    private static final long RELOAD_WAIT_MILLIS = 10_000;

    private final Path file;

    ClientAuthentication(Path clusterDirectory) {
        this.file = clusterDirectory.resolve("pg_hba.conf");
    }

    /** Whether any rule lets a client in without a password. */
    boolean trustsAnyone() throws IOException {
        return rules().stream().anyMatch(rule -> TRUST.matcher(rule).find());
    }

    /**
     * Sets the superuser's password and turns every trust rule into scram-sha-256, on the running server; returns once
     * the server refuses a connection without the password.
     */
    void requirePassword(DataSource server, String jdbcUrl, EmbeddedPostgresPassword password)
            throws IOException, SQLException {
        try (Connection connection = server.getConnection(); var statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role postgres password " + password.literal());
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(line -> isRule(line) ? TRUST.matcher(line).replaceAll("scram-sha-256") : line)
                    .toList();
            Files.write(file, lines, StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        }
        awaitPasswordRequired(jdbcUrl);
    }

    private List<String> rules() throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(ClientAuthentication::isRule).toList();
    }

    private static boolean isRule(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && !stripped.startsWith("#");
    }

    /** The reload is a signal: the postmaster rereads the file a moment later. */
    private static void awaitPasswordRequired(String jdbcUrl) throws SQLException {
        long deadline = System.currentTimeMillis() + RELOAD_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
                Thread.onSpinWait();
            } catch (SQLException refused) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while PostgreSQL reloaded pg_hba.conf", e);
            }
        }
        throw new SQLException("PostgreSQL still lets clients in without a password after reloading pg_hba.conf");
    }
}
