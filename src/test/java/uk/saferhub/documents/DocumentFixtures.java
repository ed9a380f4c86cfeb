package uk.saferhub.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seeds' documents written in SaferHub section markup, from src/test/resources/documents. */
final class DocumentFixtures {

    static final String GOVERNANCE_PROTOCOL_REPORT = "seed-000-governance-protocol-report.md";
    static final String LEEDS_PROTOCOL = "seed-001-leeds-protocol.md";
    static final String HERTFORDSHIRE_POLICY_STATEMENT = "seed-002-hertfordshire-policy-statement.md";

    private DocumentFixtures() {
    }

    static String markup(String name) {
        try (InputStream in = DocumentFixtures.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture documents/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
