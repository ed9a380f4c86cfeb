package uk.saferhub.directory;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.internal.OrganisationRepository;
import uk.saferhub.directory.internal.PartnerLookup;
import uk.saferhub.directory.internal.PersonRepository;
import uk.saferhub.directory.internal.SharingAgreementRepository;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/** The directory module's API: organisations, people and sharing agreements. Every change is audited. */
@Service
public class Directory {

    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final SharingAgreementRepository agreements;
    private final PartnerLookup partners;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    Directory(OrganisationRepository organisations, PersonRepository people, SharingAgreementRepository agreements,
            PartnerLookup partners, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.organisations = organisations;
        this.people = people;
        this.agreements = agreements;
        this.partners = partners;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> organisation(UUID id) {
        return organisations.findById(id).map(Organisation::summary);
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> organisationRecord(UUID id) {
        return organisations.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> organisationNamed(String name) {
        return organisations.findByNameIgnoringCase(name).map(Organisation::summary);
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> allOrganisations() {
        return organisations.findAll().stream()
                .map(Organisation::summary)
                .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The organisations that share PARTNERSHIP records with this one, itself included. */
    @Transactional(readOnly = true)
    public Set<UUID> partnersOf(UUID organisationId) {
        return partners.partnersOf(organisationId);
    }

    @Transactional
    public Organisation createOrganisation(OrganisationDetails details) {
        requireParentExists(details.parentId());
        Organisation organisation = organisations.save(Organisation.create(details, clock.instant()));
        audit.recordChange(AuditAction.CREATE, "organisation", organisation.id(),
                "Created organisation " + organisation.name(), Changes.none()
                        .field("name", null, organisation.name())
                        .field("type", null, organisation.type())
                        .field("parentId", null, organisation.parentId()));
        return organisation;
    }

    @Transactional
    public Organisation reviseOrganisation(UUID id, OrganisationDetails details) {
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new RecordNotFoundException("organisation", id));
        requireParentExists(details.parentId());
        requireNoCycle(id, details.parentId());
        Changes changes = organisation.revise(details, clock.instant());
        if (!changes.isEmpty()) {
            organisations.save(organisation);
            audit.recordChange(AuditAction.UPDATE, "organisation", id, "Updated organisation " + organisation.name(),
                    changes);
        }
        return organisation;
    }

    /** A person, if the actor may see them; viewing an AGENCY or POLICE_ONLY person is audited. */
    @Transactional
    public Person person(Actor actor, UUID id) {
        return access.requireVisible(actor, people.findById(id), "person", id);
    }

    @Transactional
    public Person createPerson(PersonDetails details) {
        requireOrganisation(details.organisationId());
        Person person = people.save(Person.create(details, clock.instant()));
        audit.recordChange(AuditAction.CREATE, "person", person.id(), "Added " + person.name() + " to the directory",
                Changes.none()
                        .field("name", null, person.name())
                        .field("organisationId", null, person.organisationId())
                        .field("jobTitle", null, person.jobTitle())
                        .field("handlingLevel", null, person.handlingLevel())
                        .field("contactRoles", null, person.contactRoles()));
        return person;
    }

    @Transactional
    public Person revisePerson(Actor actor, UUID id, PersonDetails details) {
        Person person = access.requireVisible(actor, people.findById(id), "person", id);
        requireOrganisation(details.organisationId());
        Changes changes = person.revise(details, clock.instant());
        if (!changes.isEmpty()) {
            people.save(person);
            audit.recordChange(AuditAction.UPDATE, "person", id, "Updated " + person.name(), changes);
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
                throw new IllegalArgumentException("An organisation cannot sit under one of its own sub-organisations");
            }
            current = organisations.findById(current).map(Organisation::parentId).orElse(null);
        }
    }
}
