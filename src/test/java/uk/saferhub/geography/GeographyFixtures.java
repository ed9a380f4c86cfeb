package uk.saferhub.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Small boundary files under src/test/resources/geography/, with their TEST- codes made unique to one test. */
public final class GeographyFixtures {

    private GeographyFixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = GeographyFixtures.class.getResourceAsStream("/geography/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The fixture with every "TEST-" code prefixed by {@code prefix}, so tests sharing one database never meet. */
    public static byte[] unique(String name, String prefix) {
        return new String(bytes(name), StandardCharsets.UTF_8).replace("TEST-", prefix + "-")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static String prefix() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
