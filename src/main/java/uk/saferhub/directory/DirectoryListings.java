package uk.saferhub.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.internal.AreaContacts;
import uk.saferhub.directory.internal.DirectoryReadModel;
import uk.saferhub.directory.internal.PartnerLookup;
import uk.saferhub.shared.access.Actor;

/**
 * The directory's lists as one actor may see them: organisations, people and the contacts per area. An export is
 * written to the audit trail with the filter it used.
 */
@Service
public class DirectoryListings {

    /** The most a page of a list may hold. */
    public static final int MAX_PAGE_SIZE = 100;

    private final DirectoryReadModel readModel;
    private final PartnerLookup partners;
    private final AuditTrail audit;
    private final Directory directory;

    DirectoryListings(DirectoryReadModel readModel, PartnerLookup partners, AuditTrail audit, Directory directory) {
        this.readModel = readModel;
        this.partners = partners;
        this.audit = audit;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public DirectoryPage<OrganisationListing> organisations(Actor actor, OrganisationFilter filter, int page,
            int size) {
        requirePage(page, size);
        return readModel.organisations(partners.current(actor), filter, page, size);
    }

    /** Every organisation the actor may see that matches, written to the audit trail as an export. */
    @Transactional
    public List<OrganisationListing> exportOrganisations(Actor actor, OrganisationFilter filter) {
        Actor current = partners.current(actor);
        List<OrganisationListing> rows = readModel.allOrganisations(current, filter);
        audit.record(AuditEntry.by(current, AuditAction.EXPORT, "organisation", null,
                "Exported " + rows.size() + " organisations as CSV (" + filter.describe() + ")",
                Changes.none().field("search", null, filter.search()).field("type", null, filter.type())));
        return rows;
    }

    /** An organisation's entry, if it shares with the actor's. */
    @Transactional(readOnly = true)
    public Optional<OrganisationListing> organisation(Actor actor, UUID id) {
        return id == null ? Optional.empty() : readModel.organisation(partners.current(actor), id);
    }

    @Transactional(readOnly = true)
    public List<OrganisationListing> subOrganisations(Actor actor, UUID parentId) {
        return readModel.childrenOf(partners.current(actor), parentId);
    }

    /** The organisations the actor may choose from on a form: those that share with theirs. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisationChoices(Actor actor) {
        return readModel.choices(partners.current(actor));
    }

    @Transactional(readOnly = true)
    public DirectoryPage<PersonListing> people(Actor actor, PersonFilter filter, int page, int size) {
        requirePage(page, size);
        Actor current = partners.current(actor);
        return readModel.people(current, directory.chairsSeenBy(current), filter, page, size);
    }

    /** The people of one organisation that the actor may see. */
    @Transactional(readOnly = true)
    public List<PersonListing> peopleOf(Actor actor, UUID organisationId) {
        Actor current = partners.current(actor);
        return readModel.allPeople(current, directory.chairsSeenBy(current), new PersonFilter(null, organisationId));
    }

    /** Every person the actor may see that matches, written to the audit trail as an export. */
    @Transactional
    public List<PersonListing> exportPeople(Actor actor, PersonFilter filter) {
        Actor current = partners.current(actor);
        List<PersonListing> rows = readModel.allPeople(current, directory.chairsSeenBy(current), filter);
        audit.record(AuditEntry.by(current, AuditAction.EXPORT, "person", null,
                "Exported " + rows.size() + " people as CSV (" + filter.describe() + ")",
                Changes.none().field("search", null, filter.search())
                        .field("organisationId", null, filter.organisationId())));
        return rows;
    }

    /** Contact roles held for an area, grouped by area, of the people the actor may see. */
    @Transactional(readOnly = true)
    public List<AreaContacts> contactsByArea(Actor actor) {
        Actor current = partners.current(actor);
        return readModel.contactsByArea(current, directory.chairsSeenBy(current));
    }

    private static void requirePage(int page, int size) {
        if (page < 1) {
            throw new DirectoryChangeRefused(null, "directory.list.page.invalid");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new DirectoryChangeRefused(null, "directory.list.size.invalid", String.valueOf(MAX_PAGE_SIZE));
        }
    }
}
