package uk.saferhub.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What an answer must never show: stack traces, exception class names, framework internals. */
final class Internals {

    private static final List<String> LEAKS = List.of("Exception", "exception", "\tat ", "at uk.saferhub",
            "at org.", "java.lang", "org.springframework", "jakarta.", "uk.saferhub.", "Whitelabel", "trace",
            "Caused by");

    private Internals() {
    }

    static void assertNoneShownIn(String body) {
        for (String leak : LEAKS) {
            assertThat(body).as("the answer shows internals (%s)", leak).doesNotContain(leak);
        }
    }
}
