package uk.saferhub.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.partnership.internal.BodyStore;
import uk.saferhub.partnership.internal.StructureStore;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;

/**
 * The partnership module's read API: bodies and their members. The methods taking an actor
 * keep to what that actor may see; the others are for modules (meetings) that refer to bodies by id.
 */
@Service
public class Partnership {

    private final BodyStore bodies;
    private final StructureStore structure;
    private final AccessPolicy access;
    private final Clock clock;

    Partnership(BodyStore bodies, StructureStore structure, AccessPolicy access, Clock clock) {
        this.bodies = bodies;
        this.structure = structure;
        this.access = access;
        this.clock = clock;
    }

    /** A body, unchecked: for other modules that already hold its id. */
    @Transactional(readOnly = true)
    public Optional<Body> body(BodyId id) {
        return bodies.find(id.value());
    }

    /** Every body, unchecked. */
    @Transactional(readOnly = true)
    public List<Body> bodies() {
        return bodies.all();
    }

    /** A body's seats, past and present. */
    @Transactional(readOnly = true)
    public List<Membership> membersOf(BodyId bodyId) {
        return structure.membershipsOf(bodyId);
    }

    /**
     * A person's seats on any body, past and present, unchecked: for the rules of other modules that open a record to
     * a body's members (a meeting's exempt items, drafts sent to a body), applied in their own queries.
     */
    @Transactional(readOnly = true)
    public List<Membership> seatsHeldBy(UUID personId) {
        return personId == null ? List.of() : structure.seatsOf(personId);
    }

    /** A body the actor may see; otherwise the refusal is audited and it answers as absent. */
    @Transactional(readOnly = true)
    public Body body(Actor actor, BodyId id) {
        return access.requireVisible(actor, bodies.find(id.value()), "body", id);
    }

    /** Whether the actor may see the body, answered without auditing (for the audit trail); false when absent. */
    @Transactional(readOnly = true)
    public boolean maySee(Actor actor, BodyId id) {
        return bodies.find(id.value()).map(body -> AccessPolicy.canSee(actor, body)).orElse(false);
    }

    /** The bodies the actor may see, by name. */
    @Transactional(readOnly = true)
    public List<Body> bodies(Actor actor) {
        return bodies.visibleTo(actor);
    }

    /** Whether the actor may change this body, its memberships and its meetings: {@link ChangePolicy}, coordinators. */
    public boolean mayEdit(Actor actor, Body body) {
        return ChangePolicy.mayChange(actor, body, Role.COORDINATOR);
    }

    /** The seats of the bodies the actor may see. */
    @Transactional(readOnly = true)
    public List<Membership> memberships(Actor actor) {
        Set<BodyId> visible = bodies.visibleTo(actor).stream().map(Body::id).collect(Collectors.toSet());
        return structure.memberships().stream().filter(m -> visible.contains(m.bodyId())).toList();
    }

    /** One seat, on a body the actor may see. */
    @Transactional(readOnly = true)
    public Membership membership(Actor actor, UUID id) {
        Membership membership = structure.membership(id)
                .orElseThrow(() -> new RecordNotFoundException("membership", id));
        body(actor, membership.bodyId());
        return membership;
    }

    /** A person's seats on the bodies the actor may see. */
    @Transactional(readOnly = true)
    public List<Membership> seatsOf(Actor actor, UUID personId) {
        Set<BodyId> visible = bodies.visibleTo(actor).stream().map(Body::id).collect(Collectors.toSet());
        return structure.seatsOf(personId).stream().filter(m -> visible.contains(m.bodyId())).toList();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
    }

    /** The bodies a body reports to (its "reports to" links), unchecked: for other modules that escalate to them. */
    @Transactional(readOnly = true)
    public List<BodyId> reportsTo(BodyId id) {
        return structure.relations().stream()
                .filter(relation -> relation.kind() == uk.saferhub.partnership.internal.RelationKind.REPORTS_TO
                        && relation.from().equals(id))
                .map(relation -> relation.to()).toList();
    }

    /**
     * The bodies with a line to this one (reporting to it or linking with it), unchecked: for modules that report to a
     * body from the bodies under it (tasking groups to their Area Committee or Locality Partnership).
     */
    @Transactional(readOnly = true)
    public List<BodyId> linkedTo(BodyId to) {
        return structure.relations().stream().filter(relation -> relation.to().equals(to))
                .map(relation -> relation.from()).distinct().toList();
    }
}
