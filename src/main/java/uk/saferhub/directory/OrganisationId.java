package uk.saferhub.directory;

import java.util.UUID;

/** Identifies an organisation; other modules refer to organisations by this. */
public record OrganisationId(UUID value) {

    public static OrganisationId of(UUID value) {
        return new OrganisationId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
