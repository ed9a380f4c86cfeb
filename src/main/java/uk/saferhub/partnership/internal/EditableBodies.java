package uk.saferhub.partnership.internal;

import org.springframework.stereotype.Component;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * A body about to be changed: found only by those who may change it ({@link Partnership#mayEdit}), as absent (404)
 * for anyone else. A null actor is the demonstration loader, which may change any body.
 */
@Component
public class EditableBodies {

    private final Partnership partnership;
    private final BodyStore bodies;

    EditableBodies(Partnership partnership, BodyStore bodies) {
        this.partnership = partnership;
        this.bodies = bodies;
    }

    public Body editable(Actor actor, BodyId id) {
        if (actor == null) {
            return bodies.find(id.value()).orElseThrow(() -> new RecordNotFoundException("body", id));
        }
        Body body = partnership.body(actor, id);
        if (!partnership.mayEdit(actor, body)) {
            throw new RecordNotFoundException("body", id);
        }
        return body;
    }
}
