package uk.saferhub.directory;

import java.util.UUID;

/**
 * An organisation as a directory list shows it.
 *
 * @param parentName the parent's name when the reader may see the parent, otherwise null
 */
public record OrganisationListing(UUID id, String name, String shortName, OrganisationType type, UUID parentId,
        String parentName, String website, String phone, String email) {
}
