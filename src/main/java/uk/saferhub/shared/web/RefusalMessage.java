package uk.saferhub.shared.web;

/**
 * The message of a refusal, fit to show: SaferHub's own refusals are written for the reader, but the same exception
 * type thrown inside a library (UUID.fromString, Enum.valueOf, an Assert) speaks of its internals, so it is replaced
 * by a plain sentence. For pages and the API that catch IllegalArgumentException or IllegalStateException.
 */
public final class RefusalMessage {

    static final String PLAIN = "That could not be done with what was sent. Check it and try again.";

    private RefusalMessage() {
    }

    public static String of(RuntimeException refusal) {
        return isOurs(refusal) && refusal.getMessage() != null ? refusal.getMessage() : PLAIN;
    }

    /** Whether SaferHub's own code threw it, so its message was written for the reader. */
    static boolean isOurs(RuntimeException refusal) {
        StackTraceElement[] trace = refusal.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("uk.saferhub.");
    }
}
