package uk.saferhub.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.audit.OrganisationNames;
import uk.saferhub.directory.Directory;

/**
 * Names the organisations of actors in the audit trail from the directory. It lives here because identity already
 * depends on both modules, whereas the audit module must not depend on the directory (which depends on it).
 */
@Component
class DirectoryOrganisationNames implements OrganisationNames {

    private final Directory directory;

    DirectoryOrganisationNames(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Map<UUID, String> namesOf(Set<UUID> organisationIds) {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (UUID id : organisationIds) {
            if (id != null) {
                directory.organisation(id).ifPresent(organisation -> names.put(id, organisation.name()));
            }
        }
        return names;
    }
}
