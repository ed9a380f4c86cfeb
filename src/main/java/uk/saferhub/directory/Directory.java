package uk.saferhub.directory;

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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.directory.internal.DirectoryReadModel;
import uk.saferhub.directory.internal.OrganisationStore;
import uk.saferhub.directory.internal.PartnerLookup;
import uk.saferhub.directory.internal.PersonStore;
import uk.saferhub.directory.internal.SharingAgreementStore;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;

/**
 * The directory module's API: organisations, people and sharing agreements. Every change is audited; a change made
 * by an actor is limited to the organisations that share with theirs, and anything else answers as absent. Reads are
 * answered here; changes are made by {@link OrganisationChanges} and {@link PersonChanges}, each in a transaction
 * begun here.
 */
@Service
public class Directory {

    private final OrganisationStore organisations;
    private final PersonStore people;
    private final SharingAgreementStore agreements;
    private final PartnerLookup partners;
    private final DirectoryReadModel readModel;
    private final AccessPolicy access;
    private final OrganisationChanges organisationChanges;
    private final PersonChanges personChanges;
    private final ObjectProvider<ChairSeats> chairSeats;

    Directory(OrganisationStore organisations, PersonStore people, SharingAgreementStore agreements,
            PartnerLookup partners, DirectoryReadModel readModel, AccessPolicy access,
            OrganisationChanges organisationChanges, PersonChanges personChanges,
            ObjectProvider<ChairSeats> chairSeats) {
        this.chairSeats = chairSeats;
        this.organisations = organisations;
        this.people = people;
        this.agreements = agreements;
        this.partners = partners;
        this.readModel = readModel;
        this.access = access;
        this.organisationChanges = organisationChanges;
        this.personChanges = personChanges;
    }

    // --- organisations ---------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> organisation(UUID id) {
        return readModel.summary(id);
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> organisationRecord(UUID id) {
        return organisations.find(id);
    }

    /** Those of the organisations the actor may see, answered without auditing (for the audit trail). */
    @Transactional(readOnly = true)
    public Set<UUID> organisationsVisibleTo(Actor actor, Collection<UUID> ids) {
        Actor current = partners.current(actor);
        var visible = new HashSet<UUID>();
        organisations.findAll(ids).forEach(organisation -> {
            if (AccessPolicy.canSee(current, organisation)) {
                visible.add(organisation.id());
            }
        });
        return visible;
    }

    /** An organisation, if it shares with the actor's; otherwise the refusal is audited and it answers as absent. */
    @Transactional(readOnly = true)
    public Organisation organisation(Actor actor, UUID id) {
        return access.requireVisible(partners.current(actor), organisations.find(id), "organisation", id);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> organisationNamed(String name) {
        return organisations.findNamed(name).map(Organisation::summary);
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
        return organisationChanges.create(details);
    }

    /**
     * An organisation added by an actor, under a parent that shares with theirs. It joins the sharing agreements of
     * the actor's organisation, so that the partnership that added it can see it.
     */
    @Transactional
    public Organisation createOrganisation(Actor actor, OrganisationDetails details) {
        return organisationChanges.create(partners.current(actor), details);
    }

    /** For the demonstration loader and other modules: revises an organisation with no actor to check. */
    @Transactional
    public Organisation reviseOrganisation(UUID id, OrganisationDetails details) {
        return organisationChanges.revise(id, details);
    }

    /** Revises an organisation that shares with the actor's; a new parent must share with theirs too. */
    @Transactional
    public Organisation reviseOrganisation(Actor actor, UUID id, OrganisationDetails details) {
        return organisationChanges.revise(partners.current(actor), id, details);
    }

    // --- people ----------------------------------------------------------------------------------------------------

    /** Those of the people the actor may see, answered without auditing (for the audit trail). */
    @Transactional(readOnly = true)
    public Set<UUID> peopleVisibleTo(Actor actor, Collection<UUID> ids) {
        Actor current = partners.current(actor);
        var visible = new HashSet<UUID>();
        seenAsChairs(people.findAll(ids)).forEach(person -> {
            if (AccessPolicy.canSee(current, person)) {
                visible.add(person.id());
            }
        });
        return visible;
    }

    /** A person, if the actor may see them; viewing an AGENCY or POLICE_ONLY person is audited. */
    @Transactional
    public Person person(Actor actor, UUID id) {
        return access.requireVisible(partners.current(actor), people.find(id).map(this::seenAsChair), "person", id);
    }

    /** The person, seen besides by those who work with them in the chair of a body (see {@link ChairSeats}). */
    private Person seenAsChair(Person person) {
        return seenAsChairs(List.of(person)).getFirst();
    }

    private List<Person> seenAsChairs(List<Person> found) {
        ChairSeats seats = chairSeats.getIfAvailable();
        if (seats == null || found.isEmpty()) {
            return found;
        }
        var audiences = seats.workingWith(found.stream().map(Person::id).toList());
        found.forEach(person -> person.workingWith(audiences.get(person.id())));
        return found;
    }

    /**
     * The people the actor may see only because they work with them in the chair of a body (see {@link ChairSeats}):
     * the directory's lists add them to those the organisation rule shows.
     */
    @Transactional(readOnly = true)
    public Set<UUID> chairsSeenBy(Actor actor) {
        ChairSeats seats = chairSeats.getIfAvailable();
        if (seats == null) {
            return Set.of();
        }
        Actor current = partners.current(actor);
        var seen = new HashSet<UUID>();
        seenAsChairs(people.findAll(seats.chairsWorkingWith(current))).stream()
                .filter(person -> AccessPolicy.canSee(current, person))
                .forEach(person -> seen.add(person.id()));
        return seen;
    }

    /**
     * The people the actor may see, for other modules that show names or offer a choice of people (not audited as
     * views: a name is all they show).
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> peopleVisibleTo(Actor actor) {
        Actor current = partners.current(actor);
        Map<UUID, PersonSummary> seen = new LinkedHashMap<>();
        readModel.peopleSeenBy(current).forEach(person -> seen.put(person.id(), person));
        Set<UUID> chairs = chairsSeenBy(current);
        if (!chairs.isEmpty()) {
            people.findAll(chairs).forEach(person -> seen.putIfAbsent(person.id(), new PersonSummary(person.id(),
                    person.name(), person.jobTitle(), person.organisationId())));
        }
        return seen.values().stream()
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
        for (Person person : seenAsChairs(people.findAll(Set.copyOf(ids)))) {
            if (AccessPolicy.canSee(current, person)) {
                names.put(person.id(), person.name());
                continue;
            }
            if (person.jobTitle() != null && !person.jobTitle().isBlank()) {
                names.put(person.id(), person.jobTitle().strip());
                continue;
            }
            names.put(person.id(), readModel.summary(person.organisationId())
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
                : people.findAll(Set.copyOf(ids)).stream().map(Person::id).collect(Collectors.toSet());
    }

    /**
     * Every person, unchecked by the access rule: for the demonstration loaders alone, which need to find the people
     * they load by name. An architecture test fails when anything else calls it.
     */
    @Transactional(readOnly = true)
    public List<Person> allPeopleUncheckedForDemoLoaders() {
        return people.all();
    }

    /** For the demonstration loader: a person added by the system. */
    @Transactional
    public Person createPerson(PersonDetails details) {
        return personChanges.create(details);
    }

    /** A person added by an actor to an organisation that shares with theirs, at a level they can still see. */
    @Transactional
    public Person createPerson(Actor actor, PersonDetails details) {
        return personChanges.create(partners.current(actor), details);
    }

    /** Revises a person the actor may see, in an organisation that shares with theirs. */
    @Transactional
    public Person revisePerson(Actor actor, UUID id, PersonDetails details) {
        return personChanges.revise(partners.current(actor), id, details);
    }

    // --- sharing agreements ----------------------------------------------------------------------------------------

    @Transactional
    public SharingAgreement createSharingAgreement(String name, String description, Set<UUID> parties) {
        return organisationChanges.createSharingAgreement(name, description, parties);
    }

    @Transactional(readOnly = true)
    public List<SharingAgreement> sharingAgreements() {
        return agreements.all().stream().sorted(Comparator.comparing(SharingAgreement::name)).toList();
    }
}
