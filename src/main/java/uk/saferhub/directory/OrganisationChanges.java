package uk.saferhub.directory;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.internal.OrganisationStore;
import uk.saferhub.directory.internal.SharingAgreementStore;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * Adds and revises organisations and sharing agreements, and writes each change to the audit trail: a change with an
 * actor is the actor's (who must share with the organisations it names), one without is the system's. Runs in the
 * transaction of the {@link Directory} method that calls it; an actor is given with their partnerships as they stand.
 */
@Component
class OrganisationChanges {

    /** How far up the tree a new parent is followed to find the organisation itself. */
    private static final int TREE_DEPTH = 50;

    private final OrganisationStore organisations;
    private final SharingAgreementStore agreements;
    private final AccessPolicy access;
    private final DirectoryAuditTrail audit;
    private final Clock clock;

    OrganisationChanges(OrganisationStore organisations, SharingAgreementStore agreements, AccessPolicy access,
            DirectoryAuditTrail audit, Clock clock) {
        this.organisations = organisations;
        this.agreements = agreements;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    Organisation create(OrganisationDetails details) {
        requireParentExists(details.parentId());
        return add(null, details);
    }

    Organisation create(Actor actor, OrganisationDetails details) {
        requireShared(actor, details.parentId());
        List<SharingAgreement> joined = agreements.withParty(actor.organisationId());
        if (joined.isEmpty()) {
            throw new DirectoryChangeRefused(null, "directory.organisation.noAgreement");
        }
        Organisation organisation = add(actor, details);
        for (SharingAgreement agreement : joined) {
            agreement.addParty(organisation.id());
            agreements.update(agreement);
            audit.record(actor, AuditAction.UPDATE, "sharing-agreement", agreement.id(),
                    "Added " + organisation.name() + " to sharing agreement " + agreement.name(),
                    Changes.none().field("addedParty", null, organisation.id()));
        }
        return organisation;
    }

    Organisation revise(UUID id, OrganisationDetails details) {
        Organisation organisation = organisations.find(id)
                .orElseThrow(() -> new RecordNotFoundException("organisation", id));
        requireParentExists(details.parentId());
        return saveRevision(null, organisation, details);
    }

    Organisation revise(Actor actor, UUID id, OrganisationDetails details) {
        Organisation organisation = access.requireVisible(actor, organisations.find(id), "organisation", id);
        if (details.parentId() != null && !details.parentId().equals(organisation.parentId())) {
            requireShared(actor, details.parentId());
        }
        return saveRevision(actor, organisation, details);
    }

    SharingAgreement createSharingAgreement(String name, String description, Set<UUID> parties) {
        parties.forEach(this::requireOrganisation);
        SharingAgreement agreement = SharingAgreement.create(name, description, parties, clock.instant());
        agreements.insert(agreement);
        audit.record(null, AuditAction.CREATE, "sharing-agreement", agreement.id(),
                "Created sharing agreement " + name, Changes.none().field("parties", null, parties.size()));
        return agreement;
    }

    /** An organisation the actor does not share with answers as absent, whether or not it exists. */
    void requireShared(Actor actor, UUID organisationId) {
        if (organisationId != null && (!actor.sharesWith(organisationId) || !organisations.exists(organisationId))) {
            throw new RecordNotFoundException("organisation", organisationId);
        }
    }

    void requireOrganisation(UUID id) {
        if (id == null || !organisations.exists(id)) {
            throw new DirectoryChangeRefused(null, "directory.organisation.unknown");
        }
    }

    private Organisation add(Actor actor, OrganisationDetails details) {
        requireNameFree(details.name(), null);
        Organisation organisation = Organisation.create(details, clock.instant());
        organisations.insert(organisation);
        audit.record(actor, AuditAction.CREATE, "organisation", organisation.id(),
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
            organisations.update(organisation);
            audit.record(actor, AuditAction.UPDATE, "organisation", organisation.id(),
                    "Updated organisation " + organisation.name(), changes);
        }
        return organisation;
    }

    private void requireNameFree(String name, UUID self) {
        organisations.findNamed(name == null ? "" : name.strip())
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw new DirectoryChangeRefused("name", "directory.organisation.name.taken");
                });
    }

    private void requireParentExists(UUID parentId) {
        if (parentId != null) {
            requireOrganisation(parentId);
        }
    }

    private void requireNoCycle(UUID id, UUID parentId) {
        if (parentId != null && organisations.selfAndAncestors(parentId, TREE_DEPTH).contains(id)) {
            throw new DirectoryChangeRefused("parentId", "directory.organisation.parentId.cycle");
        }
    }
}
