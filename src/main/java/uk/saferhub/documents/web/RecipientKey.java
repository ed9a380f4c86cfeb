package uk.saferhub.documents.web;

import java.util.UUID;

import uk.saferhub.documents.Recipient;
import uk.saferhub.partnership.BodyId;

/**
 * An organisation or a body chosen on a form, as its radio or checkbox sends it: {@code org:<id>} or
 * {@code body:<id>} ({@link Recipient#key()}). Anything else is not a recipient, and the form says so beside the field.
 */
record RecipientKey(Recipient recipient) {

    /** Spring binds a posted value through this; a value that is no recipient's key fails to bind. */
    public static RecipientKey valueOf(String key) {
        String text = key.strip();
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not a recipient's key");
        }
        UUID id = UUID.fromString(text.substring(colon + 1));
        return switch (text.substring(0, colon)) {
            case "org" -> new RecipientKey(Recipient.organisation(id, null));
            case "body" -> new RecipientKey(Recipient.body(BodyId.of(id), null));
            default -> throw new IllegalArgumentException("Not a recipient's key");
        };
    }

    /** The key again, so a form shown again marks the choice made. */
    @Override
    public String toString() {
        return recipient.key();
    }
}
