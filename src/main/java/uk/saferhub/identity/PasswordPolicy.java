package uk.saferhub.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NCSC password guidance: a minimum length, no complexity rules, and a deny list of the most common passwords. Returns
 * the reason a password is refused, for the person choosing it: a message of {@code messages/identity.properties}.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 10;
    public static final int MAXIMUM_LENGTH = 128;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load("identity/common-passwords.txt");
    }

    public Optional<Problem> problemWith(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new Problem("identity.password.required"));
        }
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of(new Problem("identity.password.tooShort", String.valueOf(MINIMUM_LENGTH)));
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of(new Problem("identity.password.tooLong", String.valueOf(MAXIMUM_LENGTH)));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of(new Problem("identity.password.common"));
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Problem("identity.password.containsUsername"));
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of(new Problem("identity.password.tooEasy"));
        }
        return Optional.empty();
    }

    public int commonPasswordCount() {
        return common.size();
    }

    private static Set<String> load(String resource) {
        var words = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The common password list is missing from the application", e);
        }
        return words;
    }

    /** Why a password is refused: the message {@code key} of {@code messages/identity.properties}, given its values. */
    public record Problem(String key, Object... arguments) {
    }
}
