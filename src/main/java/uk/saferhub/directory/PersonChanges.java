package uk.saferhub.directory;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.internal.PersonStore;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;

/**
 * Adds and revises people and writes each change to the audit trail. An actor may only place a person in, or have
 * them serve, organisations that share with theirs, and only at a handling level they can still see. Runs in the
 * transaction of the {@link Directory} method that calls it; an actor is given with their partnerships as they stand.
 */
@Component
class PersonChanges {

    private final PersonStore people;
    private final OrganisationChanges organisations;
    private final AccessPolicy access;
    private final DirectoryAuditTrail audit;
    private final Clock clock;

    PersonChanges(PersonStore people, OrganisationChanges organisations, AccessPolicy access,
            DirectoryAuditTrail audit, Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    Person create(PersonDetails details) {
        organisations.requireOrganisation(details.organisationId());
        return add(null, Person.create(details, clock.instant()));
    }

    Person create(Actor actor, PersonDetails details) {
        organisations.requireShared(actor, details.organisationId());
        requireServedOrganisationsShared(actor, details);
        Person person = Person.create(details, clock.instant());
        requireStillVisible(actor, person);
        return add(actor, person);
    }

    Person revise(Actor actor, UUID id, PersonDetails details) {
        Person person = access.requireVisible(actor, people.find(id), "person", id);
        organisations.requireShared(actor, person.organisationId());
        organisations.requireShared(actor, details.organisationId());
        requireServedOrganisationsShared(actor, details);
        Changes changes = person.revise(details, clock.instant());
        requireStillVisible(actor, person);
        if (!changes.isEmpty()) {
            people.update(person);
            audit.record(actor, AuditAction.UPDATE, "person", id, "Updated " + person.name(), changes);
        }
        return person;
    }

    private Person add(Actor actor, Person person) {
        people.insert(person);
        audit.record(actor, AuditAction.CREATE, "person", person.id(),
                "Added " + person.name() + " to the directory", Changes.none()
                        .field("name", null, person.name())
                        .field("organisationId", null, person.organisationId())
                        .field("jobTitle", null, person.jobTitle())
                        .field("email", null, person.email())
                        .field("phone", null, person.phone())
                        .field("handlingLevel", null, person.handlingLevel())
                        .field("contactRoles", null, person.contactRoles()));
        return person;
    }

    private void requireServedOrganisationsShared(Actor actor, PersonDetails details) {
        if (details.contactRoles() != null) {
            details.contactRoles().forEach(role -> organisations.requireShared(actor, role.organisationServedId()));
        }
    }

    private static void requireStillVisible(Actor actor, Person person) {
        if (!AccessPolicy.canSee(actor, person)) {
            throw new DirectoryChangeRefused("handlingLevel", "directory.person.handlingLevel.hidesPerson");
        }
    }
}
