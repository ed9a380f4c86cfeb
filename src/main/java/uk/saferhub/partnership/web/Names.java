package uk.saferhub.partnership.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.directory.Person;
import uk.saferhub.directory.PersonSummary;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.Option;

/** Names of the bodies, people and organisations an actor may see, for the partnership pages. */
@Component
class Names {

    private final Partnership partnership;
    private final Directory directory;
    private final DirectoryListings listings;
    private final PageWords words;

    Names(Partnership partnership, Directory directory, DirectoryListings listings, PageWords words) {
        this.words = words;
        this.partnership = partnership;
        this.directory = directory;
        this.listings = listings;
    }

    /** A snapshot of names for one request. */
    Lookup lookup(Actor actor) {
        Map<UUID, String> bodies = new HashMap<>();
        partnership.bodies(actor).forEach(body -> bodies.put(body.id().value(), body.name()));
        Map<UUID, String> people = new HashMap<>();
        directory.peopleVisibleTo(actor).forEach(person -> people.put(person.id(), person.name()));
        Map<UUID, String> organisations = new HashMap<>();
        listings.organisationChoices(actor).forEach(org -> organisations.put(org.id(), org.name()));
        return new Lookup(bodies, people, organisations, words.text("partnership.notShown.body"),
                words.text("partnership.notShown.person"), words.text("partnership.notShown.organisation"));
    }

    List<PersonSummary> people(Actor actor) {
        return directory.peopleVisibleTo(actor);
    }

    /** A person the actor may see (a view of a restricted one is audited), or 404. */
    Person person(Actor actor, UUID id) {
        return directory.person(actor, id);
    }

    List<Option> personOptions(Actor actor) {
        return directory.peopleVisibleTo(actor).stream().map(person -> Option.of(person.id(), person.name())).toList();
    }

    List<Option> organisationChoices(Actor actor) {
        return listings.organisationChoices(actor).stream().map(org -> Option.of(org.id(), org.name())).toList();
    }

    List<Option> bodyChoices(Actor actor) {
        return partnership.bodies(actor).stream().map(body -> Option.of(body.id().value(), body.name())).toList();
    }

    /** Names by id; an id the reader may not see reads as "not shown" (the {@code hidden...} words). */
    record Lookup(Map<UUID, String> bodies, Map<UUID, String> people, Map<UUID, String> organisations,
            String hiddenBody, String hiddenPerson, String hiddenOrganisation) {

        String body(BodyId id) {
            return id == null ? null : bodies.getOrDefault(id.value(), hiddenBody);
        }

        String body(Body body) {
            return body.name();
        }

        String person(UUID id) {
            return id == null ? null : people.getOrDefault(id, hiddenPerson);
        }

        /** Whether the reader may see the person, so a link to their page leads somewhere. */
        boolean shows(UUID personId) {
            return personId != null && people.containsKey(personId);
        }

        String organisation(UUID id) {
            return id == null ? null : organisations.getOrDefault(id, hiddenOrganisation);
        }
    }
}
