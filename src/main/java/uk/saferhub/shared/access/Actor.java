package uk.saferhub.shared.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * Who is acting: a signed-in user or an API key, always for one organisation. It carries what the access policy needs
 * so a decision never has to look anything up.
 *
 * @param partnerOrganisationIds the organisations that share PARTNERSHIP records with the actor's, including its own
 * @param personId the person in the directory a user account is for (to know their seats on bodies), or null
 */
public record Actor(
        Kind kind,
        UUID id,
        String name,
        UUID organisationId,
        String organisationName,
        boolean police,
        Set<UUID> partnerOrganisationIds,
        Set<Role> roles,
        UUID personId) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Kind { USER, API_KEY }

    public Actor {
        partnerOrganisationIds = Set.copyOf(partnerOrganisationIds);
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether this actor is the given person in the directory. */
    public boolean is(UUID person) {
        return personId != null && personId.equals(person);
    }

    public boolean sharesWith(UUID organisationId) {
        return this.organisationId.equals(organisationId) || partnerOrganisationIds.contains(organisationId);
    }
}
