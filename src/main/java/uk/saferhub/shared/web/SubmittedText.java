package uk.saferhub.shared.web;

/**
 * What text sent to SaferHub may hold, whether from a form, a JSON body or the address: no NUL or other control
 * character (PostgreSQL cannot store NUL, and none belongs in a record) except tab and line breaks, which a
 * {@link PlainText} single-line field refuses in its turn. Bidirectional overrides and isolates and zero-width
 * characters are removed: they make a title read differently from what it holds (or look equal to another) and are
 * never typed on purpose. Forms, JSON and query strings all screen text here, before any handler sees it.
 */
public final class SubmittedText {

    private SubmittedText() {
    }

    /** The text without invisible formatting characters, refusing control characters. */
    public static String screened(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRefused(c)) {
                throw new UnstorableText();
            }
            if (isInvisibleFormatting(c)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    /** Whether the text holds a character {@link #screened} refuses. */
    public static boolean isRefused(String text) {
        return text != null && text.chars().anyMatch(c -> isRefused((char) c));
    }

    /** The text with refused characters left out, to show back what was sent without them. */
    public static String withoutRefused(String text) {
        if (text == null || !isRefused(text)) {
            return text;
        }
        var kept = new StringBuilder(text.length());
        text.chars().filter(c -> !isRefused((char) c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    private static boolean isRefused(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    private static boolean isInvisibleFormatting(char c) {
        return c >= '\u202A' && c <= '\u202E' // embeddings and overrides
                || c >= '\u2066' && c <= '\u2069' // isolates
                || c >= '\u200B' && c <= '\u200D' // zero-width space, non-joiner and joiner
                || c == '\u2060' || c == '\uFEFF'; // word joiner, zero-width no-break space
    }

    /** Text holding a control character: refused, naming the field where it was sent. */
    public static final class UnstorableText extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        UnstorableText() {
            super("The text contains a control character, which cannot be stored");
        }
    }
}
