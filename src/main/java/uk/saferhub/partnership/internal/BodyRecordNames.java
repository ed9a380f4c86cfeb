package uk.saferhub.partnership.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.audit.RecordNames;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;

/**
 * Names bodies and seats in the audit trail, as the viewer may see the body: a body by its name, linked to its page; a
 * seat by its role and body ("Co-chair, East North East local tasking group").
 */
@Component
class BodyRecordNames implements RecordNames {

    private final Partnership partnership;
    private final StructureStore structure;
    private final PageWords words;

    BodyRecordNames(Partnership partnership, StructureStore structure, PageWords words) {
        this.partnership = partnership;
        this.structure = structure;
        this.words = words;
    }

    @Override
    public Map<UUID, Named> namesOf(Actor viewer, Set<UUID> ids) {
        Map<UUID, Named> names = new HashMap<>();
        Map<UUID, Body> bodies = new HashMap<>();
        partnership.bodies(viewer).forEach(body -> bodies.put(body.id().value(), body));
        ids.stream().filter(bodies::containsKey).forEach(id ->
                names.put(id, Named.linked(bodies.get(id).name(), "/partnership/bodies/" + id)));
        for (Membership seat : structure.memberships(ids)) {
            Body body = bodies.get(seat.bodyId().value());
            if (body != null) {
                names.put(seat.id(), Named.linked(words.text("partnership.audit.seat",
                        words.label("partnership.membershipRole.", seat.role()), body.name()),
                        "/partnership/bodies/" + body.id().value()));
            }
        }
        return names;
    }
}
