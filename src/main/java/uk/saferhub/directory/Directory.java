package uk.saferhub.directory;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.internal.DirectoryReadModel;
import uk.saferhub.directory.internal.OrganisationRepository;
import uk.saferhub.directory.internal.PartnerLookup;
import uk.saferhub.directory.internal.PersonRepository;
import uk.saferhub.directory.internal.SharingAgreementRepository;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * The directory module's API: organisations, people and sharing agreements. Every change is audited; a change made
 * by an actor is limited to the organisations that share with theirs, and anything else answers as absent.
 */
@Service
public class Directory {

    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final SharingAgreementRepository agreements;
    private final PartnerLookup partners;
    private final DirectoryReadModel readModel;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    Directory(OrganisationRepository organisations, PersonRepository people, SharingAgreementRepository agreements,
            PartnerLookup partners, DirectoryReadModel readModel, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.organisations = organisations;
        this.people = people;
        this.agreements = agreements;
        this.partners = partners;
        this.readModel = readModel;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> organisation(UUID id) {
        return readModel.summary(id);
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> organisationRecord(UUID id) {
        return organisations.findById(id);
    }

    /** Those of the organisations the actor may see, answered without auditing (for the audit trail). */
    @Transactional(readOnly = true)
    public Set<UUID> organisationsVisibleTo(Actor actor, Collection<UUID> ids) {
        Actor current = partners.current(actor);
        var visible = new HashSet<UUID>();
        organisations.findAllById(ids).forEach(organisation -> {
            if (AccessPolicy.canSee(current, organisation)) {
                visible.add(organisation.id());
            }
        });
        return visible;
    }

    /** Those of the people the actor may see, answered without auditing (for the audit trail). */
    @Transactional(readOnly = true)
    public Set<UUID> peopleVisibleTo(Actor actor, Collection<UUID> ids) {
        Actor current = partners.current(actor);
        var visible = new HashSet<UUID>();
        people.findAllById(ids).forEach(person -> {
            if (AccessPolicy.canSee(current, person)) {
                visible.add(person.id());
            }
        });
        return visible;
    }

    /** An organisation, if it shares with the actor's; otherwise the refusal is audited and it answers as absent. */
    @Transactional(readOnly = true)
    public Organisation organisation(Actor actor, UUID id) {
        return access.requireVisible(partners.current(actor), organisations.findById(id), "organisation", id);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> organisationNamed(String name) {
        return organisations.findByNameIgnoringCase(name).map(Organisation::summary);
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> allOrganisations() {
        return readModel.summaries().stream()
                .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The organisations that share PARTNERSHIP records with this one, itself included. */
    @Transactional(readOnly = true)
    public Set<UUID> partnersOf(UUID organisationId) {
        return partners.partnersOf(organisationId);
    }

    /** For the demonstration loader: an organisation outside any sharing agreement, audited as the system's. */
    @Transactional
    public Organisation createOrganisation(OrganisationDetails details) {
        requireParentExists(details.parentId());
        return addOrganisation(null, details);
    }

    /**
     * An organisation added by an actor, under a parent that shares with theirs. It joins the sharing agreements of
     * the actor's organisation, so that the partnership that added it can see it.
     */
    @Transactional
    public Organisation createOrganisation(Actor actor, OrganisationDetails details) {
        Actor current = partners.current(actor);
        requireShared(current, details.parentId());
        var joined = agreements.findAll().stream()
                .filter(agreement -> agreement.partyIds().contains(current.organisationId()))
                .toList();
        if (joined.isEmpty()) {
            throw new DirectoryChangeRefused(null, "Your organisation is in no sharing agreement, so nobody could "
                    + "see an organisation you added. Ask your SaferHub administrator.");
        }
        Organisation organisation = addOrganisation(current, details);
        for (SharingAgreement agreement : joined) {
            agreement.addParty(organisation.id());
            agreements.save(agreement);
            audit.record(AuditEntry.by(current, AuditAction.UPDATE, "sharing-agreement", agreement.id(),
                    "Added " + organisation.name() + " to sharing agreement " + agreement.name(),
                    Changes.none().field("addedParty", null, organisation.id())));
        }
        return organisation;
    }

    /** For the demonstration loader and other modules: revises an organisation with no actor to check. */
    @Transactional
    public Organisation reviseOrganisation(UUID id, OrganisationDetails details) {
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new RecordNotFoundException("organisation", id));
        requireParentExists(details.parentId());
        return saveRevision(null, organisation, details);
    }

    /** Revises an organisation that shares with the actor's; a new parent must share with theirs too. */
    @Transactional
    public Organisation reviseOrganisation(Actor actor, UUID id, OrganisationDetails details) {
        Actor current = partners.current(actor);
        Organisation organisation = access.requireVisible(current, organisations.findById(id), "organisation", id);
        if (details.parentId() != null && !details.parentId().equals(organisation.parentId())) {
            requireShared(current, details.parentId());
        }
        return saveRevision(current, organisation, details);
    }

    /** A person, if the actor may see them; viewing an AGENCY or POLICE_ONLY person is audited. */
    @Transactional
    public Person person(Actor actor, UUID id) {
        return access.requireVisible(partners.current(actor), people.findById(id), "person", id);
    }

    /**
     * The people the actor may see, for other modules that show names or offer a choice of people (not audited as
     * views: a name is all they show).
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> peopleVisibleTo(Actor actor) {
        return readModel.peopleSeenBy(partners.current(actor)).stream()
                .sorted(Comparator.comparing(PersonSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * How the actor (null for the public) may name each of these people: by name when the access rule lets them see
     * the person, otherwise only by their job title ("Director of Operational Services"), or as someone at their
     * organisation when they have none, so a page can say who owns a record without naming a person its reader may not
     * see. Unknown ids are left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> namesAsSeenBy(Actor actor, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Actor current = partners.current(actor);
        Map<UUID, String> names = new LinkedHashMap<>();
        for (Person person : people.findAllById(Set.copyOf(ids))) {
            if (AccessPolicy.canSee(current, person)) {
                names.put(person.id(), person.name());
                continue;
            }
            if (person.jobTitle() != null && !person.jobTitle().isBlank()) {
                names.put(person.id(), person.jobTitle().strip());
                continue;
            }
            names.put(person.id(), organisations.findById(person.organisationId())
                    .map(organisation -> "Someone at " + organisation.name()).orElse("Someone"));
        }
        return names;
    }

    /**
     * Which of these ids are people in the directory, naming none of them: for checking ids that the system itself
     * supplies (no actor), where there is no one to apply the access rule to.
     */
    @Transactional(readOnly = true)
    public Set<UUID> knownPeople(Collection<UUID> ids) {
        return ids.isEmpty() ? Set.of()
                : people.findAllById(Set.copyOf(ids)).stream().map(Person::id).collect(Collectors.toSet());
    }

    /**
     * Every person, unchecked by the access rule: for the demonstration loaders alone, which need to find the people
     * they load by name. An architecture test fails when anything else calls it.
     */
    @Transactional(readOnly = true)
    public List<Person> allPeopleUncheckedForDemoLoaders() {
        return people.findAll();
    }

    /** For the demonstration loader: a person added by the system. */
    @Transactional
    public Person createPerson(PersonDetails details) {
        requireOrganisation(details.organisationId());
        return addPerson(null, Person.create(details, clock.instant()));
    }

    /** A person added by an actor to an organisation that shares with theirs, at a level they can still see. */
    @Transactional
    public Person createPerson(Actor actor, PersonDetails details) {
        Actor current = partners.current(actor);
        requireShared(current, details.organisationId());
        requireServedOrganisationsShared(current, details);
        Person person = Person.create(details, clock.instant());
        requireStillVisible(current, person);
        return addPerson(current, person);
    }

    /** Revises a person the actor may see, in an organisation that shares with theirs. */
    @Transactional
    public Person revisePerson(Actor actor, UUID id, PersonDetails details) {
        Actor current = partners.current(actor);
        Person person = access.requireVisible(current, people.findById(id), "person", id);
        requireShared(current, person.organisationId());
        requireShared(current, details.organisationId());
        requireServedOrganisationsShared(current, details);
        Changes changes = person.revise(details, clock.instant());
        requireStillVisible(current, person);
        if (!changes.isEmpty()) {
            people.save(person);
            audit.record(AuditEntry.by(current, AuditAction.UPDATE, "person", id, "Updated " + person.name(),
                    changes));
        }
        return person;
    }

    @Transactional
    public SharingAgreement createSharingAgreement(String name, String description, Set<UUID> parties) {
        parties.forEach(this::requireOrganisation);
        SharingAgreement agreement = agreements.save(
                SharingAgreement.create(name, description, parties, clock.instant()));
        audit.recordChange(AuditAction.CREATE, "sharing-agreement", agreement.id(),
                "Created sharing agreement " + name, Changes.none().field("parties", null, parties.size()));
        return agreement;
    }

    @Transactional(readOnly = true)
    public List<SharingAgreement> sharingAgreements() {
        return agreements.findAll().stream().sorted(Comparator.comparing(SharingAgreement::name)).toList();
    }

    private Organisation addOrganisation(Actor actor, OrganisationDetails details) {
        requireNameFree(details.name(), null);
        Organisation organisation = organisations.save(Organisation.create(details, clock.instant()));
        record(actor, AuditAction.CREATE, "organisation", organisation.id(),
                "Created organisation " + organisation.name(), Changes.none()
                        .field("name", null, organisation.name())
                        .field("shortName", null, organisation.shortName())
                        .field("type", null, organisation.type())
                        .field("parentId", null, organisation.parentId())
                        .field("website", null, organisation.website())
                        .field("phone", null, organisation.phone())
                        .field("email", null, organisation.email()));
        return organisation;
    }

    private Organisation saveRevision(Actor actor, Organisation organisation, OrganisationDetails details) {
        requireNameFree(details.name(), organisation.id());
        requireNoCycle(organisation.id(), details.parentId());
        Changes changes = organisation.revise(details, clock.instant());
        if (!changes.isEmpty()) {
            organisations.save(organisation);
            record(actor, AuditAction.UPDATE, "organisation", organisation.id(),
                    "Updated organisation " + organisation.name(), changes);
        }
        return organisation;
    }

    private Person addPerson(Actor actor, Person person) {
        people.save(person);
        record(actor, AuditAction.CREATE, "person", person.id(), "Added " + person.name() + " to the directory",
                Changes.none()
                        .field("name", null, person.name())
                        .field("organisationId", null, person.organisationId())
                        .field("jobTitle", null, person.jobTitle())
                        .field("email", null, person.email())
                        .field("phone", null, person.phone())
                        .field("handlingLevel", null, person.handlingLevel())
                        .field("contactRoles", null, person.contactRoles()));
        return person;
    }

    private void record(Actor actor, AuditAction action, String recordType, UUID id, String summary,
            Changes changes) {
        if (actor == null) {
            audit.recordChange(action, recordType, id, summary, changes);
        } else {
            audit.record(AuditEntry.by(actor, action, recordType, id, summary, changes));
        }
    }

    private void requireNameFree(String name, UUID self) {
        organisations.findByNameIgnoringCase(name == null ? "" : name.strip())
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw new DirectoryChangeRefused("name", "An organisation with this name is already in the "
                            + "directory");
                });
    }

    /** An organisation the actor does not share with answers as absent, whether or not it exists. */
    private void requireShared(Actor actor, UUID organisationId) {
        if (organisationId != null
                && (!actor.sharesWith(organisationId) || !organisations.existsById(organisationId))) {
            throw new RecordNotFoundException("organisation", organisationId);
        }
    }

    private void requireServedOrganisationsShared(Actor actor, PersonDetails details) {
        if (details.contactRoles() != null) {
            details.contactRoles().forEach(role -> requireShared(actor, role.organisationServedId()));
        }
    }

    private static void requireStillVisible(Actor actor, Person person) {
        if (!AccessPolicy.canSee(actor, person)) {
            throw new DirectoryChangeRefused("handlingLevel",
                    "Choose a handling level that lets your organisation see this person");
        }
    }

    private void requireParentExists(UUID parentId) {
        if (parentId != null) {
            requireOrganisation(parentId);
        }
    }

    private void requireOrganisation(UUID id) {
        if (id == null || !organisations.existsById(id)) {
            throw new IllegalArgumentException("Select an organisation that exists");
        }
    }

    private void requireNoCycle(UUID id, UUID parentId) {
        UUID current = parentId;
        int depth = 0;
        while (current != null && depth++ < 50) {
            if (current.equals(id)) {
                throw new DirectoryChangeRefused("parentId",
                        "An organisation cannot sit under itself or one of its own sub-organisations");
            }
            current = organisations.findById(current).map(Organisation::parentId).orElse(null);
        }
    }
}
