package uk.saferhub.partnership.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * The lines between bodies (one reports to or links with another): read as the actor may see them, added and removed
 * by those who may change the body they start from, each change audited. Reporting lines never make a loop.
 */
@Service
public class BodyRelations {

    private final Partnership partnership;
    private final EditableBodies editable;
    private final BodyStore bodies;
    private final StructureStore structure;
    private final AuditTrail audit;

    BodyRelations(Partnership partnership, EditableBodies editable, BodyStore bodies, StructureStore structure,
            AuditTrail audit) {
        this.partnership = partnership;
        this.editable = editable;
        this.bodies = bodies;
        this.structure = structure;
        this.audit = audit;
    }

    /** The relations between bodies the actor may see. */
    @Transactional(readOnly = true)
    public List<Relation> visibleTo(Actor actor) {
        Set<BodyId> visible = partnership.bodies(actor).stream().map(Body::id).collect(Collectors.toSet());
        return structure.relations().stream()
                .filter(relation -> visible.contains(relation.from()) && visible.contains(relation.to())).toList();
    }

    /** Adds a line from one body to another; a reporting line that would close a loop is refused. */
    @Transactional
    public void add(Actor actor, BodyId from, BodyId to, RelationKind kind) {
        Body source = editable.editable(actor, from);
        Body target = actor == null ? bodies.find(to.value()).orElseThrow(() -> new RecordNotFoundException("body", to))
                : partnership.body(actor, to);
        if (from.equals(to)) {
            throw new PartnershipChangeRefused("to", "partnership.relation.to.self");
        }
        if (kind == RelationKind.REPORTS_TO && reachable(to, from)) {
            throw new PartnershipChangeRefused("to", "partnership.relation.to.loop", target.name(), source.name());
        }
        if (structure.addRelation(new Relation(from, to, kind))) {
            audit.recordChange(AuditAction.CREATE, "body-relation", from,
                    source.name() + " " + kind.label().toLowerCase() + " " + target.name(),
                    Changes.none().field(kind == RelationKind.REPORTS_TO ? "reportsTo" : "linksWith", null,
                            to.value()));
        }
    }

    @Transactional
    public void remove(Actor actor, BodyId from, BodyId to, RelationKind kind) {
        Body source = editable.editable(actor, from);
        if (structure.removeRelation(new Relation(from, to, kind))) {
            audit.recordChange(AuditAction.DELETE, "body-relation", from,
                    source.name() + " no longer " + kind.label().toLowerCase() + " body " + to,
                    Changes.none().field(kind == RelationKind.REPORTS_TO ? "reportsTo" : "linksWith", to.value(),
                            null));
        }
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
}
