package uk.saferhub.shared.access;

import java.util.Set;
import java.util.UUID;

/**
 * A closed list of readers a record names instead of its owner's partners: the organisations and the directory people
 * it is for. Drafts of a document (its parties and consultees), a meeting's exempt items (the people holding a seat on
 * the body) and a PCSO's development record (their force and the PCSO) are seen this way. {@link AccessPolicy} decides
 * what the list means; a record only says who is on it.
 */
public record Audience(Set<UUID> organisations, Set<UUID> people) {

    public Audience {
        organisations = organisations == null ? Set.of() : Set.copyOf(organisations);
        people = people == null ? Set.of() : Set.copyOf(people);
    }

    /** Whether the actor is on the list, for their organisation or as the person their account is for. */
    public boolean names(Actor actor) {
        return actor != null && (organisations.contains(actor.organisationId())
                || actor.personId() != null && people.contains(actor.personId()));
    }
}
