package uk.saferhub.geography;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import uk.saferhub.shared.ChangeRefused;

/**
 * The words a page or the API shows for a refused change to places, or for a problem of an import's preview: its
 * message, read from {@code messages/geography.properties} as the application reads it (Spring Boot's message source),
 * for tests that check what the module's services refuse without a page.
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

    /** The English of a problem that stops an import. */
    public static String of(ImportProblem problem) {
        return MESSAGES.getMessage((MessageSourceResolvable) problem, Locale.UK);
    }

    /** The English of the problems of an import's preview, in order. */
    public static java.util.List<String> of(ImportPreview preview) {
        return preview.problems().stream().map(RefusalWords::of).toList();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "messages/geography");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
