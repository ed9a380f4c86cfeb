package uk.saferhub.shared;

import java.io.Serial;

/**
 * A change that breaks one of a module's rules (a duplicate name, a cycle, an overlapping seat); nothing was changed.
 * It names the form field at fault, so a page can show the message beside it; the API answers it as a 400 problem.
 *
 * <p>Its words are a message of the module's {@code messages/<module>.properties}, named by {@link #key()} and given
 * {@link #arguments()}, so a council can change them without code; the pages and the API read them from there.
 */
public class ChangeRefused extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Object[] arguments;

    /** Refused for {@code field} (null for the whole change), in the words of the message {@code key}. */
    public ChangeRefused(String field, String key, Object... arguments) {
        super(key);
        this.field = field;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The form field the refusal is about, or null when it is about the whole change. */
    public String field() {
        return field;
    }

    /** The message that says why, in {@code messages/<module>.properties}. */
    public String key() {
        return getMessage();
    }

    /** The values the message names, in order. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
