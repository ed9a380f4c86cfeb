package uk.saferhub.documents;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.Audience;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.Role;

/**
 * What {@link AccessPolicy} and {@link ChangePolicy} need to know about one document, and their answers; it holds no
 * rule of its own. Once a version is approved the document is seen as any record of its handling level is (by the
 * owner's partners and its parties; by the public once published); its drafts are a record narrowed to parties and
 * consultees ({@link DocumentDrafts}), which the parties' contributors edit and their coordinators manage.
 *
 * @param approvedVersion whether the document has an approved version
 * @param consultees every organisation or body any draft was sent to
 * @param seatHolders for each body among the consultees, the people holding a seat on it today
 */
public record DocumentAccess(Document document, boolean approvedVersion, Collection<Recipient> consultees,
        Map<BodyId, Set<UUID>> seatHolders) {

    /** Whether the actor (null for the public) may see the document at all. */
    public boolean canSee(Actor actor) {
        return approvedVersion && AccessPolicy.canSee(actor, document) || canSeeDrafts(actor);
    }

    /** Whether the actor may see drafts: a party or a consultee, within the handling level. */
    public boolean canSeeDrafts(Actor actor) {
        return AccessPolicy.canSee(actor, drafts());
    }

    /** Whether the actor may edit drafts and record comments for the parties: a contributor of a party. */
    public boolean canEdit(Actor actor) {
        return ChangePolicy.mayChange(actor, drafts(), Role.CONTRIBUTOR);
    }

    /** Whether the actor may circulate, record approvals and reviews, publish or withdraw: a party's coordinator. */
    public boolean canManage(Actor actor) {
        return ChangePolicy.mayChange(actor, drafts(), Role.COORDINATOR);
    }

    /** Whether the actor is a consultee themselves: their organisation, or a body they sit on, was sent a draft. */
    public boolean consultee(Actor actor, Recipient recipient) {
        return audienceOf(recipient).names(actor);
    }

    DocumentDrafts drafts() {
        return new DocumentDrafts(document,
                consultees.stream().map(Recipient::organisationId).filter(Objects::nonNull).collect(Collectors.toSet()),
                consultees.stream().flatMap(r -> audienceOf(r).people().stream()).collect(Collectors.toSet()));
    }

    private Audience audienceOf(Recipient recipient) {
        return new Audience(recipient.organisationId() == null ? Set.of() : Set.of(recipient.organisationId()),
                recipient.bodyId() == null ? Set.of() : seatHolders.getOrDefault(recipient.bodyId(), Set.of()));
    }
}
