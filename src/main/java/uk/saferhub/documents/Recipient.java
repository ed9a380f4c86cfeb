package uk.saferhub.documents;

import java.util.UUID;

import uk.saferhub.partnership.BodyId;

/** An organisation or a body a draft was sent to; exactly one of the two ids is set. */
public record Recipient(UUID organisationId, BodyId bodyId, String name) {

    public static Recipient organisation(UUID id, String name) {
        return new Recipient(id, null, name);
    }

    public static Recipient body(BodyId id, String name) {
        return new Recipient(null, id, name);
    }

    /** The id either way, for forms: "org:uuid" or "body:uuid". */
    public String key() {
        return organisationId != null ? "org:" + organisationId : "body:" + bodyId.value();
    }
}
