package uk.saferhub.tasking.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingLinks;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.tasking.TaskingReviews;
import uk.saferhub.tasking.internal.CycleReview;
import uk.saferhub.tasking.internal.PriorityStore;
import uk.saferhub.tasking.internal.ReviewDecision;
import uk.saferhub.tasking.internal.ReviewRow;

/**
 * Tasking on a meeting's page: a tasking group's meeting shows its review (a summary and a link), and an agenda item
 * linked to a review or to an escalated priority links to it, for whoever may see the group and the priority.
 */
@Component
class ReviewMeetingLinks implements MeetingLinks {

    private final TaskingReviews reviews;
    private final Partnership partnership;
    private final PriorityStore priorities;
    private final PageWords words;

    ReviewMeetingLinks(TaskingReviews reviews, Partnership partnership, PriorityStore priorities, PageWords words) {
        this.reviews = reviews;
        this.partnership = partnership;
        this.priorities = priorities;
        this.words = words;
    }

    @Override
    public List<MeetingLink> forMeeting(Actor actor, Meeting meeting) {
        if (!isGroup(actor, meeting)) {
            return List.of();
        }
        CycleReview review = reviews.review(actor, meeting.id());
        return List.of(new MeetingLink(words.text("tasking.review.meeting.heading"), href(meeting.id()),
                words.text(review.mayRecord() && review.recorded() == null ? "tasking.review.meeting.record"
                        : "tasking.review.meeting.open"), summary(review)));
    }

    @Override
    public Optional<MeetingLink> linkedRecord(Actor actor, String recordType, String recordId) {
        UUID id;
        try {
            id = UUID.fromString(recordId);
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
        if (TaskingReviews.REVIEW.equals(recordType)) {
            return review(actor, id);
        }
        if ("tasking-priority".equals(recordType)) {
            return priorities.find(id)
                    .filter(p -> partnership.maySee(actor, uk.saferhub.partnership.BodyId.of(p.groupBodyId()))
                            && AccessPolicy.canSee(actor, p))
                    .map(p -> new MeetingLink(null, "/tasking/priorities/" + p.id(),
                            words.text("tasking.review.meeting.priority", p.title()), null));
        }
        return Optional.empty();
    }

    private Optional<MeetingLink> review(Actor actor, UUID meetingId) {
        try {
            CycleReview review = reviews.review(actor, meetingId);
            return Optional.of(new MeetingLink(null, href(meetingId),
                    words.text("tasking.review.agendaLabel", review.group().name()), summary(review)));
        } catch (RuntimeException notVisible) {
            return Optional.empty();
        }
    }

    private boolean isGroup(Actor actor, Meeting meeting) {
        return partnership.maySee(actor, meeting.bodyId()) && partnership.body(meeting.bodyId())
                .map(body -> body.type() == BodyType.TASKING_GROUP).orElse(false);
    }

    private String summary(CycleReview review) {
        List<ReviewRow> decided = review.rows().stream()
                .filter(row -> row.recorded() != null && row.recorded().decision() != null
                        && row.recorded().decision() != ReviewDecision.PROPOSE).toList();
        long proposed = review.rows().stream().filter(row -> row.recorded() != null
                && row.recorded().decision() == ReviewDecision.PROPOSE).count();
        String flagged = review.flagged() == 0 ? "" : " " + words.text("tasking.review.meeting.flagged",
                review.flagged());
        if (review.recorded() == null) {
            return words.text("tasking.review.meeting.notRecorded", review.rows().size()) + flagged;
        }
        Map<ReviewDecision, Long> counts = decided.stream().collect(Collectors.groupingBy(
                row -> row.recorded().decision(), () -> new EnumMap<>(ReviewDecision.class), Collectors.counting()));
        String each = counts.entrySet().stream().map(count -> words.text("tasking.review.meeting.counts",
                words.text("tasking.review.decision." + count.getKey()), count.getValue()))
                .collect(Collectors.joining(", "));
        return words.text("tasking.review.meeting.summary", review.recorded().recordedAt().atZone(
                java.time.ZoneId.of("Europe/London")).format(TaskingChoices.DAY), decided.size(), each, proposed)
                + flagged;
    }

    private static String href(UUID meetingId) {
        return "/tasking/meetings/" + meetingId + "/review";
    }
}
