package uk.saferhub.tasking.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.tasking.Tasking;
import uk.saferhub.tasking.TaskingReviews;
import uk.saferhub.tasking.internal.CycleReview;

/**
 * The cycle review on the tasking pages: the names of the bodies the reader may see, for a priority's history to say
 * where it was escalated, and on a group's page its recent meetings' reviews, with the priorities flagged on the
 * latest as not reviewed at the meeting before.
 */
@ControllerAdvice(assignableTypes = TaskingPagesController.class)
class ReviewHistoryNames {

    /** Meetings of a group listed with their reviews on its page. */
    static final int CYCLES = 4;

    private final Partnership partnership;
    private final Tasking tasking;
    private final TaskingReviews reviews;

    ReviewHistoryNames(Partnership partnership, Tasking tasking, TaskingReviews reviews) {
        this.partnership = partnership;
        this.tasking = tasking;
        this.reviews = reviews;
    }

    @ModelAttribute("escalationBodies")
    Map<UUID, String> escalationBodies(Actor actor) {
        Map<UUID, String> names = new HashMap<>();
        if (actor != null) {
            partnership.bodies(actor).forEach(body -> names.put(body.id().value(), body.name()));
        }
        return names;
    }

    /** A group's page: its latest meetings, each with whether its review is recorded, and the latest's flags. */
    @ModelAttribute
    void reviewCycles(Actor actor, @PathVariable(required = false) UUID bodyId, Model model) {
        List<ReviewCycle> cycles = List.of();
        long flagged = 0;
        if (actor != null && bodyId != null && partnership.maySee(actor, BodyId.of(bodyId))) {
            Body group = partnership.body(BodyId.of(bodyId)).orElseThrow();
            List<Meeting> latest = tasking.cycles(actor, group).stream().filter(meeting -> !meeting.cancelled())
                    .limit(CYCLES).toList();
            Set<UUID> recorded = reviews.recorded(latest.stream().map(Meeting::id).toList());
            cycles = latest.stream().map(meeting -> new ReviewCycle(meeting.id(),
                    meeting.start().format(TaskingChoices.DAY), recorded.contains(meeting.id()))).toList();
            if (!latest.isEmpty()) {
                CycleReview review = reviews.review(actor, latest.getFirst().id());
                flagged = review.flagged();
            }
        }
        model.addAttribute("reviewCycles", cycles);
        model.addAttribute("reviewFlagged", flagged);
    }

    /** One meeting of a group with whether its review is recorded. */
    record ReviewCycle(UUID meetingId, String day, boolean recorded) {
    }
}
