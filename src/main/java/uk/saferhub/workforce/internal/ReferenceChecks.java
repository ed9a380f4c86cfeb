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
import uk.saferhub.shared.Word;
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

    /**
     * An organisation sharing with the actor's (any organisation for the system, a null actor); refused for
     * {@code field} in the words of the message {@code key} when it is not.
     */
    OrganisationSummary organisation(Actor actor, UUID id, String field, String key) {
        return directory.organisation(id).filter(org -> actor == null || actor.sharesWith(org.id()))
                .orElseThrow(() -> new WorkforceChangeRefused(field, key));
    }

    OrganisationSummary force(Actor actor, UUID id) {
        OrganisationSummary force = organisation(actor, id, "forceId", "workforce.pcso.forceId.outside");
        if (!force.police() || force.type() == OrganisationType.NEIGHBOURHOOD_POLICING_TEAM) {
            throw new WorkforceChangeRefused("forceId", "workforce.pcso.forceId.notPolice", force.name());
        }
        return force;
    }

    OrganisationSummary team(Actor actor, UUID id, String field) {
        OrganisationSummary team = organisation(actor, id, field, "workforce.team.outside");
        if (team.type() != OrganisationType.NEIGHBOURHOOD_POLICING_TEAM) {
            throw new WorkforceChangeRefused(field, "workforce.team.notTeam", team.name());
        }
        return team;
    }

    /**
     * Refuses an id that is not a person the actor may see (for the system, with no actor: not a person at all), for
     * {@code field} in the words of the message {@code key}.
     */
    void person(Actor actor, UUID id, String field, String key) {
        boolean known = actor == null ? directory.knownPeople(Set.of(id)).contains(id)
                : directory.peopleVisibleTo(actor).stream().anyMatch(person -> person.id().equals(id));
        if (!known) {
            throw new WorkforceChangeRefused(field, key);
        }
    }

    /** A ward's name for a summary, or its id when it is gone. */
    String wardName(UUID id) {
        return geography.place(id).map(Place::name).orElse("ward " + id);
    }

    /** A place that is a ward. */
    Place ward(UUID id) {
        Place place = geography.place(id)
                .orElseThrow(() -> new WorkforceChangeRefused("wardIds", "workforce.attach.wardIds.unknown"));
        if (place.type() != PlaceType.WARD) {
            throw new WorkforceChangeRefused("wardIds", "workforce.attach.wardIds.notWard", place.name(),
                    Word.of("geography.placeType.lower.", place.type()));
        }
        return place;
    }
}
