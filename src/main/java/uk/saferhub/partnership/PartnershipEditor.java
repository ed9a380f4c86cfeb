package uk.saferhub.partnership;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.partnership.internal.BodyStore;
import uk.saferhub.partnership.internal.StructureStore;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;

/**
 * Changes to the structure: bodies, relations, governance and seats, each audited in the same transaction. An actor
 * may change only bodies of organisations sharing with theirs; a null actor is the demonstration loader.
 */
@Service
public class PartnershipEditor {

    private final Partnership partnership;
    private final BodyStore bodies;
    private final StructureStore structure;
    private final AuditTrail audit;
    private final Clock clock;

    PartnershipEditor(Partnership partnership, BodyStore bodies, StructureStore structure, AuditTrail audit,
            Clock clock) {
        this.partnership = partnership;
        this.bodies = bodies;
        this.structure = structure;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Body createBody(Actor actor, BodyDetails details) {
        if (actor != null && !ChangePolicy.mayChangeFor(actor, details.owningOrganisationId(), Role.COORDINATOR)) {
            throw new PartnershipChangeRefused("owningOrganisationId",
                    "Choose an organisation in your partnership to host the body");
        }
        Body body = Body.of(BodyId.random(), details);
        bodies.insert(body, clock.instant());
        audit.recordChange(AuditAction.CREATE, "body", body.id(), "Added body " + body.name(),
                Changes.created(describe(details)));
        return body;
    }

    @Transactional
    public Body reviseBody(Actor actor, BodyId id, BodyDetails details) {
        Body existing = editable(actor, id);
        if (actor != null && !ChangePolicy.mayChangeFor(actor, details.owningOrganisationId(), Role.COORDINATOR)) {
            throw new PartnershipChangeRefused("owningOrganisationId",
                    "Choose an organisation in your partnership to host the body");
        }
        Body revised = Body.of(id, details);
        bodies.update(revised, clock.instant());
        Changes changes = Changes.none();
        Map<String, Object> before = describe(existing.details());
        describe(details).forEach((field, after) -> changes.field(field, before.get(field), after));
        audit.recordChange(AuditAction.UPDATE, "body", id, "Changed body " + revised.name(), changes);
        return revised;
    }

    /** Adds a line from one body to another; a reporting line that would close a loop is refused. */
    @Transactional
    public void addRelation(Actor actor, BodyId from, BodyId to, RelationKind kind) {
        Body source = editable(actor, from);
        Body target = actor == null ? bodies.find(to.value()).orElseThrow(() -> new RecordNotFoundException("body", to))
                : partnership.body(actor, to);
        if (from.equals(to)) {
            throw new PartnershipChangeRefused("to", "A body cannot report to or link with itself");
        }
        if (kind == RelationKind.REPORTS_TO && reachable(to, from)) {
            throw new PartnershipChangeRefused("to", target.name() + " already reports, directly or through other "
                    + "bodies, to " + source.name() + ", so " + source.name() + " cannot report to it: that would "
                    + "make a loop");
        }
        if (structure.addRelation(new Relation(from, to, kind))) {
            audit.recordChange(AuditAction.CREATE, "body-relation", from,
                    source.name() + " " + kind.label().toLowerCase() + " " + target.name(),
                    Changes.none().field(kind == RelationKind.REPORTS_TO ? "reportsTo" : "linksWith", null,
                            to.value()));
        }
    }

    @Transactional
    public void removeRelation(Actor actor, BodyId from, BodyId to, RelationKind kind) {
        Body source = editable(actor, from);
        if (structure.removeRelation(new Relation(from, to, kind))) {
            audit.recordChange(AuditAction.DELETE, "body-relation", from,
                    source.name() + " no longer " + kind.label().toLowerCase() + " body " + to,
                    Changes.none().field(kind == RelationKind.REPORTS_TO ? "reportsTo" : "linksWith", to.value(),
                            null));
        }
    }

    @Transactional
    public void saveGovernance(Actor actor, BodyId id, Governance governance) {
        Body body = editable(actor, id);
        Governance before = structure.governance(id).orElse(new Governance(null, null, null, null, null));
        structure.saveGovernance(id, governance);
        audit.recordChange(AuditAction.UPDATE, "body-governance", id,
                "Governance arrangements of " + body.name() + " recorded",
                Changes.none().field("termsOfReference", before.termsOfReference(), governance.termsOfReference())
                        .field("chairPersonId", before.chairPersonId(), governance.chairPersonId())
                        .field("quorum", before.quorum(), governance.quorum())
                        .field("meetingFrequency", before.meetingFrequency(), governance.meetingFrequency())
                        .field("lastReviewed", before.lastReviewed(), governance.lastReviewed()));
    }

    /** Adds a seat, or changes one when {@code membershipId} is given. */
    @Transactional
    public Membership saveMembership(Actor actor, BodyId bodyId, UUID membershipId, MembershipDetails details) {
        Body body = editable(actor, bodyId);
        if (details.to() != null && details.to().isBefore(details.from())) {
            throw new PartnershipChangeRefused("to", "The end date must be the same as or after the start date");
        }
        if (details.representingOrganisationId() != null && details.representingBodyId() != null) {
            throw new PartnershipChangeRefused("representing", "Choose an organisation or a body, not both");
        }
        List<Membership> seats = structure.membershipsOf(bodyId);
        Membership before = membershipId == null ? null : seats.stream()
                .filter(seat -> seat.id().equals(membershipId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("membership", membershipId));
        for (Membership seat : seats) {
            if (!seat.id().equals(membershipId) && seat.personId().equals(details.personId())
                    && seat.role() == details.role() && seat.overlaps(details.from(), details.to())) {
                throw new PartnershipChangeRefused("role", "This person already holds the seat of "
                        + details.role().label().toLowerCase() + " on " + body.name() + " from " + seat.from()
                        + (seat.to() == null ? "" : " to " + seat.to()) + ": choose other dates or another role");
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

    /** Whether {@code target} can be reached from {@code start} by following reporting lines. */
    private boolean reachable(BodyId start, BodyId target) {
        Map<BodyId, Set<BodyId>> reportsTo = new LinkedHashMap<>();
        structure.relations().stream().filter(r -> r.kind() == RelationKind.REPORTS_TO)
                .forEach(r -> reportsTo.computeIfAbsent(r.from(), k -> new HashSet<>()).add(r.to()));
        Deque<BodyId> todo = new ArrayDeque<>(List.of(start));
        Set<BodyId> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            BodyId next = todo.pop();
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(reportsTo.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }

    private Body editable(Actor actor, BodyId id) {
        if (actor == null) {
            return bodies.find(id.value()).orElseThrow(() -> new RecordNotFoundException("body", id));
        }
        Body body = partnership.body(actor, id);
        if (!ChangePolicy.mayChange(actor, body, Role.COORDINATOR)) {
            throw new RecordNotFoundException("body", id);
        }
        return body;
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
