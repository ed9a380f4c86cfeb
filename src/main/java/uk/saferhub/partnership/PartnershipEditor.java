package uk.saferhub.partnership;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.partnership.internal.BodyStore;
import uk.saferhub.partnership.internal.EditableBodies;
import uk.saferhub.partnership.internal.PartnershipChangeRefused;
import uk.saferhub.partnership.internal.StructureStore;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;

/**
 * Changes to bodies and seats, each audited in the same transaction. An actor
 * may change only bodies of organisations sharing with theirs; a null actor is the demonstration loader.
 */
@Service
public class PartnershipEditor {

    private final EditableBodies editable;
    private final BodyStore bodies;
    private final StructureStore structure;
    private final AuditTrail audit;
    private final Clock clock;

    PartnershipEditor(EditableBodies editable, BodyStore bodies, StructureStore structure, AuditTrail audit,
            Clock clock) {
        this.editable = editable;
        this.bodies = bodies;
        this.structure = structure;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Body createBody(Actor actor, BodyDetails details) {
        if (actor != null && !ChangePolicy.mayChangeFor(actor, details.owningOrganisationId(), Role.COORDINATOR)) {
            throw new PartnershipChangeRefused("owningOrganisationId", "partnership.body.owningOrganisationId.outside");
        }
        Body body = Body.of(BodyId.random(), details);
        bodies.insert(body, clock.instant());
        audit.recordChange(AuditAction.CREATE, "body", body.id(), "Added body " + body.name(),
                Changes.created(describe(details)));
        return body;
    }

    @Transactional
    public Body reviseBody(Actor actor, BodyId id, BodyDetails details) {
        Body existing = editable.editable(actor, id);
        if (actor != null && !ChangePolicy.mayChangeFor(actor, details.owningOrganisationId(), Role.COORDINATOR)) {
            throw new PartnershipChangeRefused("owningOrganisationId", "partnership.body.owningOrganisationId.outside");
        }
        Body revised = Body.of(id, details);
        bodies.update(revised, clock.instant());
        Changes changes = Changes.none();
        Map<String, Object> before = describe(existing.details());
        describe(details).forEach((field, after) -> changes.field(field, before.get(field), after));
        audit.recordChange(AuditAction.UPDATE, "body", id, "Changed body " + revised.name(), changes);
        return revised;
    }

    /** Adds a seat, or changes one when {@code membershipId} is given. */
    @Transactional
    public Membership saveMembership(Actor actor, BodyId bodyId, UUID membershipId, MembershipDetails details) {
        Body body = editable.editable(actor, bodyId);
        if (details.to() != null && details.to().isBefore(details.from())) {
            throw new PartnershipChangeRefused("to", "partnership.membership.to.beforeFrom");
        }
        if (details.representingOrganisationId() != null && details.representingBodyId() != null) {
            throw new PartnershipChangeRefused("representing", "partnership.membership.representing.both");
        }
        List<Membership> seats = structure.membershipsOf(bodyId);
        Membership before = membershipId == null ? null : seats.stream()
                .filter(seat -> seat.id().equals(membershipId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("membership", membershipId));
        for (Membership seat : seats) {
            if (!seat.id().equals(membershipId) && seat.personId().equals(details.personId())
                    && seat.role() == details.role() && seat.overlaps(details.from(), details.to())) {
                String role = details.role().label().toLowerCase();
                throw seat.to() == null
                        ? new PartnershipChangeRefused("role", "partnership.membership.role.seatHeld", role,
                                body.name(), String.valueOf(seat.from()))
                        : new PartnershipChangeRefused("role", "partnership.membership.role.seatHeldUntil", role,
                                body.name(), String.valueOf(seat.from()), String.valueOf(seat.to()));
            }
        }
        Membership saved = new Membership(membershipId == null ? UUID.randomUUID() : membershipId, bodyId,
                details.personId(), details.representingOrganisationId(), details.representingBodyId(),
                details.role(), details.from(), details.to());
        structure.saveMembership(saved);
        Changes changes = Changes.none()
                .field("personId", before == null ? null : before.personId(), saved.personId())
                .field("role", before == null ? null : before.role(), saved.role())
                .field("from", before == null ? null : before.from(), saved.from())
                .field("to", before == null ? null : before.to(), saved.to())
                .field("representingOrganisationId", before == null ? null : before.representingOrganisationId(),
                        saved.representingOrganisationId())
                .field("representingBodyId", before == null ? null : before.representingBodyId(),
                        saved.representingBodyId());
        audit.recordChange(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "body-membership", saved.id(),
                (before == null ? "Added a " : "Changed a ") + saved.role().label().toLowerCase() + " seat on "
                        + body.name(), changes);
        return saved;
    }

    private static Map<String, Object> describe(BodyDetails details) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", details.name());
        values.put("type", details.type());
        values.put("tier", details.tier());
        values.put("areaCovered", details.areaCovered());
        values.put("statutory", details.statutory());
        values.put("statutoryBasis", details.statutoryBasis());
        values.put("purpose", details.purpose());
        values.put("owningOrganisationId", details.owningOrganisationId());
        values.put("handlingLevel", details.handlingLevel());
        values.put("themes", details.themes().stream()
                .map(theme -> theme.theme() + (theme.lead() ? " (lead)" : "")).toList().toString());
        return values;
    }
}
