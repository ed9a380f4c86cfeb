package uk.saferhub.meetings.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.shared.access.Actor;

/** Names of the people and organisations an actor may see, for showing owners, presenters and attendance. */
@Component
class PeopleNames {

    static final String HIDDEN = "Someone outside your partnership";

    private final Directory directory;

    PeopleNames(Directory directory) {
        this.directory = directory;
    }

    /** People the actor may see, by id. */
    Map<UUID, String> people(Actor actor) {
        Map<UUID, String> names = new HashMap<>();
        directory.peopleVisibleTo(actor).forEach(person -> names.put(person.id(), person.name()));
        return names;
    }

    /** Organisations sharing with the actor's, by id. */
    Map<UUID, String> organisations(Actor actor) {
        Map<UUID, String> names = new HashMap<>();
        directory.allOrganisations().stream().filter(org -> actor.sharesWith(org.id()))
                .forEach(org -> names.put(org.id(), org.name()));
        return names;
    }

    static String name(Map<UUID, String> names, UUID id) {
        return id == null ? null : names.getOrDefault(id, HIDDEN);
    }
}
