package uk.saferhub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The words of a refused change are messages too: every refusal a module throws names a message key of
 * {@code messages/<module>.properties} (see {@code ChangeRefused}), never a sentence written in Java, so a council can
 * change them without code.
 */
class RefusalWordsTests {

    private static final Path JAVA = Path.of("src/main/java");

    /**
     * A refusal made in code: {@code new XRefused(field, "key", ...)} or {@code new XRefusedException(...)}; not the
     * {@code AccessRefused} event, whose second value is the type of record refused, for the audit trail. A key built
     * from a field's name ({@code "workforce.scheme." + field + ".tooLarge"}) starts with the literal, then a plus.
     */
    private static final Pattern REFUSAL = Pattern.compile(
            "new (?!AccessRefused\\()(\\w*Refused(?:Exception)?)"
                    + "\\(\\s*(\"[^\"]*\"|[\\w.()]+)\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"(\\s*\\+)?");

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");

    /** The start of a key built in code: whole parts of a key, each followed by a dot. */
    private static final Pattern KEY_START = Pattern.compile("[a-z][A-Za-z0-9]*\\.([A-Za-z0-9]+\\.)*");

    @Test
    void everyRefusalNamesAMessage() throws IOException {
        Properties messages = messages();
        Set<String> written = new TreeSet<>();
        int refusals = 0;
        for (Path source : sources()) {
            Matcher refusal = REFUSAL.matcher(Files.readString(source));
            while (refusal.find()) {
                refusals++;
                String key = refusal.group(3);
                boolean named = refusal.group(4) == null ? KEY.matcher(key).matches() && messages.containsKey(key)
                        : KEY_START.matcher(key).matches()
                                && messages.stringPropertyNames().stream().anyMatch(name -> name.startsWith(key));
                if (!named) {

                    written.add(JAVA.relativize(source) + ": " + refusal.group(1) + " \"" + key + "\"");
                }
            }
        }
        assertThat(refusals).as("refusals found in the code").isGreaterThan(50);
        assertThat(written).as("refusals whose words are not a message key").isEmpty();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(JAVA)) {
            return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Properties messages() throws IOException {
        Properties all = new Properties();
        List<Path> files = new ArrayList<>(List.of(Path.of("src/main/resources/messages.properties")));
        try (Stream<Path> modules = Files.list(Path.of("src/main/resources/messages"))) {
            files.addAll(modules.filter(path -> path.toString().endsWith(".properties")).toList());
        }
        for (Path file : files) {
            try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                all.load(in);
            }
        }
        return all;
    }
}
