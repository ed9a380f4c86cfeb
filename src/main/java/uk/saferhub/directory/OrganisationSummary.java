package uk.saferhub.directory;

import java.util.UUID;

/** What other modules need to know of an organisation. */
public record OrganisationSummary(UUID id, String name, OrganisationType type, UUID parentId) {

    public boolean police() {
        return type.isPolice();
    }
}
