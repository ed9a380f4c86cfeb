package uk.saferhub.shared;

import java.io.Serial;

/**
 * A change that breaks one of a module's rules (a duplicate name, a cycle, an overlapping seat); nothing was changed.
 * It names the form field at fault, so a page can show the message beside it; the API answers it as a 400 problem.
 */
public class ChangeRefused extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String field;

    public ChangeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the refusal is about, or null when it is about the whole change. */
    public String field() {
        return field;
    }
}
