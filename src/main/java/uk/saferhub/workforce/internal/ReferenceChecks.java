package uk.saferhub.workforce.internal;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.Actor;

/**
 * Checks what a change refers to in other modules (organisations, people, wards) and refuses it at the field when
 * the reference is wrong or outside the actor's partnership. It never throws a not-found exception through another
 * module's transactional method, which would leave the caller's transaction unable to commit.
 */
@Component
class ReferenceChecks {

    private final Directory directory;
    private final Geography geography;

    ReferenceChecks(Directory directory, Geography geography) {
        this.directory = directory;
        this.geography = geography;
    }

    /** An organisation sharing with the actor's (any organisation for the system, a null actor). */
    OrganisationSummary organisation(Actor actor, UUID id, String field, String message) {
        return directory.organisation(id).filter(org -> actor == null || actor.sharesWith(org.id()))
                .orElseThrow(() -> new WorkforceChangeRefused(field, message));
    }

    OrganisationSummary force(Actor actor, UUID id) {
        OrganisationSummary force = organisation(actor, id, "forceId", "Choose a police force in your partnership");
        if (!force.police() || force.type() == OrganisationType.NEIGHBOURHOOD_POLICING_TEAM) {
            throw new WorkforceChangeRefused("forceId", force.name() + " is not a police force: choose the force "
                    + "that employs the PCSO");
        }
        return force;
    }

    OrganisationSummary team(Actor actor, UUID id, String field) {
        OrganisationSummary team = organisation(actor, id, field,
                "Choose a neighbourhood policing team in your partnership");
        if (team.type() != OrganisationType.NEIGHBOURHOOD_POLICING_TEAM) {
            throw new WorkforceChangeRefused(field, team.name() + " is not a neighbourhood policing team");
        }
        return team;
    }

    /** Refuses an id that is not a person the actor may see (for the system, with no actor: not a person at all). */
    void person(Actor actor, UUID id, String field, String message) {
        boolean known = actor == null ? directory.knownPeople(Set.of(id)).contains(id)
                : directory.peopleVisibleTo(actor).stream().anyMatch(person -> person.id().equals(id));
        if (!known) {
            throw new WorkforceChangeRefused(field, message);
        }
    }

    /** A ward's name for a summary, or its id when it is gone. */
    String wardName(UUID id) {
        return geography.place(id).map(Place::name).orElse("ward " + id);
    }

    /** A place that is a ward. */
    Place ward(UUID id) {
        Place place = geography.place(id)
                .orElseThrow(() -> new WorkforceChangeRefused("wardIds", "Choose wards from the list"));
        if (place.type() != PlaceType.WARD) {
            throw new WorkforceChangeRefused("wardIds", place.name() + " is a " + place.type().label().toLowerCase()
                    + ", not a ward: a PCSO is attached to wards");
        }
        return place;
    }
}
