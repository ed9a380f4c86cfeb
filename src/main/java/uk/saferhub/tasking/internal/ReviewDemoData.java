package uk.saferhub.tasking.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.meetings.LinkedAgendaItems;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.demo.DemoDataContributor;
import uk.saferhub.shared.web.PageWords;

/**
 * The demonstration's past cycles as reviews: each state of a priority recorded at a meeting of its group (from
 * {@code demo/tasking.json}) gets the decision its history shows (agreed at its first meeting, then carried forward,
 * amended when its status changed, closed), and each such meeting its recorded review and the review's agenda item.
 * Decisions already recorded and meetings already reviewed are left alone, so loading again adds nothing.
 */
@Component
class ReviewDemoData implements DemoDataContributor {

    private static final String REVIEW = "tasking-review";

    private final Partnership partnership;
    private final PriorityStore priorities;
    private final ActionStore states;
    private final ReviewStore reviews;
    private final LinkedAgendaItems agenda;
    private final AuditTrail audit;
    private final PageWords words;

    ReviewDemoData(Partnership partnership, PriorityStore priorities, ActionStore states, ReviewStore reviews,
            LinkedAgendaItems agenda, AuditTrail audit, PageWords words) {
        this.partnership = partnership;
        this.priorities = priorities;
        this.states = states;
        this.reviews = reviews;
        this.agenda = agenda;
        this.audit = audit;
        this.words = words;
    }

    @Override
    public int order() {
        return 91;
    }

    @Override
    public void load(JsonNode partnershipDocument) {
        for (Body group : partnership.bodies()) {
            if (group.type() == BodyType.TASKING_GROUP) {
                load(group);
            }
        }
    }

    private void load(Body group) {
        Map<UUID, Instant> meetings = new HashMap<>();
        for (Priority priority : priorities.ofGroups(List.of(group.id().value()))) {
            CycleState previous = null;
            for (CycleState state : states.cyclesOf(priority.id())) {
                if (state.decision() == null) {
                    reviews.decide(priority.id(), state.meetingId(), decision(previous, state), null);
                }
                meetings.merge(state.meetingId(), state.recordedAt(), (a, b) -> a.isAfter(b) ? a : b);
                previous = state;
            }
        }
        meetings.forEach((meeting, recordedAt) -> {
            if (reviews.find(meeting).isEmpty()) {
                reviews.save(new ReviewRecord(meeting, group.id().value(), null, recordedAt, 0));
                audit.recordChange(AuditAction.CREATE, REVIEW, meeting, "Recorded the tasking review of "
                        + group.name() + " from the demonstration data", Changes.none());
                agenda.link(null, meeting, REVIEW, meeting.toString(), words.text("tasking.review.agendaTitle"),
                        words.text("tasking.review.agendaLabel", group.name()));
            }
        });
    }

    private static ReviewDecision decision(CycleState previous, CycleState state) {
        if (previous == null) {
            return state.status() == PriorityStatus.PROPOSED ? ReviewDecision.PROPOSE : ReviewDecision.AGREE;
        }
        if (state.status().closed()) {
            return ReviewDecision.CLOSE;
        }
        return state.status() == previous.status() ? ReviewDecision.CARRY_FORWARD : ReviewDecision.AMEND;
    }
}
