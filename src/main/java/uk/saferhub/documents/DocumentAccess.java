package uk.saferhub.documents;

import java.util.Collection;
import java.util.Set;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Role;

/**
 * Who may see a document and its drafts. Drafts go only to the parties and the consultees a draft was sent to
 * (organisations, or people holding a seat on a body it was sent to); once a version is approved the document is
 * seen as any record of its handling level is, by the owner's partners and its parties; the public sees it only
 * when it is published.
 *
 * @param approvedVersion whether the document has an approved version
 * @param consultees every organisation or body any draft was sent to
 * @param seats the bodies the actor holds a seat on today
 */
public record DocumentAccess(Document document, boolean approvedVersion, Collection<Recipient> consultees,
        Set<BodyId> seats) {

    /** Whether the actor (null for the public) may see the document at all. */
    public boolean canSee(Actor actor) {
        if (approvedVersion && document.published() && document.handlingLevel() == HandlingLevel.PUBLIC
                && !document.status().equals(DocumentStatus.WITHDRAWN)) {
            return true;
        }
        if (actor == null) {
            return false;
        }
        if (approvedVersion && AccessPolicy.canSee(actor, document)) {
            return true;
        }
        return canSeeDrafts(actor);
    }

    /** Whether the actor may see drafts: a party or a consultee, within the handling level. */
    public boolean canSeeDrafts(Actor actor) {
        if (actor == null || !levelAllows(actor)) {
            return false;
        }
        if (document.party(actor.organisationId())) {
            return true;
        }
        return consultees.stream().anyMatch(r -> actor.organisationId().equals(r.organisationId())
                || r.bodyId() != null && seats.contains(r.bodyId()));
    }

    /** Whether the actor may edit drafts and record comments for the parties: a contributor of a party. */
    public boolean canEdit(Actor actor) {
        return actor != null && atLeast(actor, Role.CONTRIBUTOR) && document.party(actor.organisationId())
                && levelAllows(actor);
    }

    /** Whether the actor may circulate, record approvals and reviews, publish or withdraw: a party's coordinator. */
    public boolean canManage(Actor actor) {
        return actor != null && atLeast(actor, Role.COORDINATOR) && document.party(actor.organisationId())
                && levelAllows(actor);
    }

    /** Whether the actor is a consultee themselves: their organisation, or a body they sit on, was sent a draft. */
    public boolean consultee(Actor actor, Recipient recipient) {
        return actor != null && (actor.organisationId().equals(recipient.organisationId())
                || recipient.bodyId() != null && seats.contains(recipient.bodyId()));
    }

    private boolean levelAllows(Actor actor) {
        return switch (document.handlingLevel()) {
            case PUBLIC, PARTNERSHIP -> true;
            case AGENCY -> actor.organisationId().equals(document.owningOrganisationId());
            case POLICE_ONLY -> actor.police();
        };
    }

    static boolean atLeast(Actor actor, Role role) {
        if (actor.hasRole(Role.ADMINISTRATOR)) {
            return true;
        }
        return switch (role) {
            case ADMINISTRATOR -> false;
            case COORDINATOR -> actor.hasRole(Role.COORDINATOR);
            case CONTRIBUTOR -> actor.hasRole(Role.COORDINATOR) || actor.hasRole(Role.CONTRIBUTOR);
            case READER -> actor.hasRole(Role.COORDINATOR) || actor.hasRole(Role.CONTRIBUTOR)
                    || actor.hasRole(Role.READER);
            case PANEL_MEMBER -> actor.hasRole(Role.PANEL_MEMBER);
        };
    }
}
