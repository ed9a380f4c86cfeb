package uk.saferhub.audit;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Names the organisations actors in the trail acted for. The audit module records only their ids; the module that
 * knows organisations provides this, so the audit module needs no dependency on it.
 */
public interface OrganisationNames {

    /** The names of those of the given organisations that exist, by id. */
    Map<UUID, String> namesOf(Set<UUID> organisationIds);
}
