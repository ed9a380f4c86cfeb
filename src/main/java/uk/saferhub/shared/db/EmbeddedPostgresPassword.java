package uk.saferhub.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded PostgreSQL's superuser password: random, made on the first start and kept in a file that only its
 * owner may read, so that another local user can no longer connect to SaferHub's database (see ADR 0014).
 */
final class EmbeddedPostgresPassword {

    /** Beside the cluster's folder rather than in it: initdb needs that folder empty. */
    static final String FILE_NAME = "postgres-password";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final String value;

    private EmbeddedPostgresPassword(Path file, String value) {
        this.file = file;
        this.value = value;
    }

    /** The password kept in the folder, if there is one. */
    static EmbeddedPostgresPassword existing(Path saferhubDataDirectory) {
        Path file = saferhubDataDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String value = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            if (value.isEmpty()) {
                return null;
            }
            restrictToOwner(file);
            return new EmbeddedPostgresPassword(file, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new random password, written to the folder's password file (replacing any empty one). */
    static EmbeddedPostgresPassword created(Path saferhubDataDirectory) {
        Path file = saferhubDataDirectory.resolve(FILE_NAME);
        try {
            Files.deleteIfExists(file);
            return write(file, random());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random password for a throw-away cluster, in a temporary file for initdb to read; delete it after start. */
    static EmbeddedPostgresPassword throwAway() {
        try {
            Path file = Files.createTempFile("saferhub-postgres-", ".password",
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(file, random() + "\n", StandardCharsets.UTF_8);
            return new EmbeddedPostgresPassword(file, Files.readString(file).strip());
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalStateException("Cannot write a temporary password file", e);
        }
    }

    Path file() {
        return file;
    }

    String value() {
        return value;
    }

    /** The password as an SQL string literal. */
    String literal() {
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public String toString() {
        return "EmbeddedPostgresPassword[" + file + "]";
    }

    private static EmbeddedPostgresPassword write(Path file, String value) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            throw new IllegalStateException("Another process wrote " + file + " at the same time", raced);
        }
        Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
        return new EmbeddedPostgresPassword(file, value);
    }

    /** A file copied in or made by an older SaferHub may be readable by others: it is tightened on every start. */
    private static void restrictToOwner(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException notPosix) {
            // nothing to tighten on a file system without POSIX permissions
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
