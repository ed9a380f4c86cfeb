package uk.saferhub.tasking.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;

/** The names of the bodies the reader may see, for a priority's history to say where it was escalated. */
@ControllerAdvice(assignableTypes = TaskingPagesController.class)
class ReviewHistoryNames {

    private final Partnership partnership;

    ReviewHistoryNames(Partnership partnership) {
        this.partnership = partnership;
    }

    @ModelAttribute("escalationBodies")
    Map<UUID, String> escalationBodies(Actor actor) {
        Map<UUID, String> names = new HashMap<>();
        if (actor != null) {
            partnership.bodies(actor).forEach(body -> names.put(body.id().value(), body.name()));
        }
        return names;
    }
}
