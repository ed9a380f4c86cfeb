package uk.saferhub.partnership;

import java.io.Serial;

/** A change to the structure that would break a rule (a cycle, an overlapping seat); nothing was changed. */
public class PartnershipChangeRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String field;

    public PartnershipChangeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the refusal is about, or null when it is about the whole change. */
    public String field() {
        return field;
    }
}
