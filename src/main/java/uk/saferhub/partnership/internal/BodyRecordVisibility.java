package uk.saferhub.partnership.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;

/**
 * Which partnership records the audit trail may show an actor: a body, its relations (by the body they are from),
 * governance and seats, as {@link Partnership#maySee} lets them see the body.
 */
@Component
class BodyRecordVisibility implements RecordVisibility {

    private final Partnership partnership;
    private final StructureStore structure;

    BodyRecordVisibility(Partnership partnership, StructureStore structure) {
        this.partnership = partnership;
        this.structure = structure;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("body", "body-relation", "body-governance", "body-membership");
    }

    @Override
    public Set<String> visibleTo(Actor actor, String recordType, Set<String> recordIds) {
        var visible = new HashSet<UUID>();
        for (UUID id : RecordVisibility.uuidsOf(recordIds)) {
            BodyId body = recordType.equals("body-membership")
                    ? structure.membership(id).map(Membership::bodyId).orElse(null)
                    : BodyId.of(id);
            if (body != null && partnership.maySee(actor, body)) {
                visible.add(id);
            }
        }
        return RecordVisibility.idsOf(visible);
    }
}
