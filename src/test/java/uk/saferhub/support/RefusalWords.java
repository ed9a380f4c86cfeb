package uk.saferhub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import uk.saferhub.shared.ChangeRefused;

/**
 * The words a page or the API shows for a refused change: its message, read from {@code messages.properties} and
 * every {@code messages/*.properties} as the application reads them (UTF-8, British English, no fallback to the
 * machine's locale), for tests that check what a module's services refuse without a page.
 */
public final class RefusalWords {

    private static final ResourceBundleMessageSource MESSAGES = messages();

    private RefusalWords() {
    }

    /** The English of a refusal; fails the test (ClassCastException) when {@code refused} is not a ChangeRefused. */
    public static String of(Throwable refused) {
        ChangeRefused refusal = (ChangeRefused) refused;
        return MESSAGES.getMessage(refusal.key(), refusal.arguments(), Locale.UK);
    }

    /** The English of a message and its values (a problem found, a reason given). */
    public static String of(MessageSourceResolvable resolvable) {
        return MESSAGES.getMessage(resolvable, Locale.UK);
    }

    private static ResourceBundleMessageSource messages() {
        List<String> basenames = new ArrayList<>(List.of("messages"));
        try (Stream<Path> modules = Files.list(Path.of("src/main/resources/messages"))) {
            modules.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .map(name -> "messages/" + name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .forEach(basenames::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames.toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
