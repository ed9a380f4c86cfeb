package uk.saferhub.meetings;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

import uk.saferhub.shared.ChangeRefused;

/**
 * The words a page or the API shows for a refused change to meetings: its message, read from
 * {@code messages/meetings.properties} as the application reads it (Spring Boot's message source), for tests that
 * check a refusal thrown by the module's services without a page.
 */
final class RefusalWords {

    private static final ResourceBundleMessageSource MESSAGES = messages();

    private RefusalWords() {
    }

    /** The English of a refusal; fails the test (ClassCastException) when {@code refused} is not a ChangeRefused. */
    static String of(Throwable refused) {
        ChangeRefused refusal = (ChangeRefused) refused;
        return MESSAGES.getMessage(refusal.key(), refusal.arguments(), Locale.UK);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "messages/meetings");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
