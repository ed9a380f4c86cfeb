package uk.saferhub.directory;

import java.util.UUID;

/** What a user may set on an organisation. */
public record OrganisationDetails(String name, String shortName, OrganisationType type, UUID parentId, String website,
        String phone, String email) {

    public static OrganisationDetails of(String name, OrganisationType type, UUID parentId) {
        return new OrganisationDetails(name, null, type, parentId, null, null, null);
    }
}
