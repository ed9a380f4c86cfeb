package uk.saferhub.partnership.web;

import org.springframework.stereotype.Component;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/** A body for the pages that change it: found only by those who may change it, 404 for anyone else. */
@Component
class EditableBodies {

    private final Partnership partnership;

    EditableBodies(Partnership partnership) {
        this.partnership = partnership;
    }

    Body editable(Actor actor, BodyId id) {
        Body body = partnership.body(actor, id);
        if (!partnership.mayEdit(actor, body)) {
            throw new RecordNotFoundException("body", id.value());
        }
        return body;
    }
}
