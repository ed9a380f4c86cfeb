package uk.saferhub.partnership;

import java.util.UUID;

/** The identity of a partnership body, by which other modules (meetings, for one) refer to it. */
public record BodyId(UUID value) {

    public BodyId {
        if (value == null) {
            throw new IllegalArgumentException("A body id needs a value");
        }
    }

    public static BodyId of(UUID value) {
        return new BodyId(value);
    }

    public static BodyId random() {
        return new BodyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
