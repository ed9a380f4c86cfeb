package uk.saferhub.identity.internal;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.Role;

/** Builds the actor a user or API key acts as, from their organisation and its sharing partners. */
@Component
public class ActorFactory {

    private final Directory directory;

    ActorFactory(Directory directory) {
        this.directory = directory;
    }

    public Actor actor(Actor.Kind kind, UUID id, String name, UUID organisationId, Set<Role> roles, UUID personId) {
        OrganisationSummary organisation = directory.organisation(organisationId)
                .orElseThrow(() -> new IllegalStateException("Organisation " + organisationId + " is missing"));
        return new Actor(kind, id, name, organisationId, organisation.name(), organisation.police(),
                directory.partnersOf(organisationId), roles, personId);
    }
}
