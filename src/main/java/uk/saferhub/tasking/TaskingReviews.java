package uk.saferhub.tasking;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.LinkedAgendaItems;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.tasking.internal.ActionStore;
import uk.saferhub.tasking.internal.CycleReview;
import uk.saferhub.tasking.internal.CycleState;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityDetails;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.PriorityStore;
import uk.saferhub.tasking.internal.ProposedPriority;
import uk.saferhub.tasking.internal.ReviewChecks;
import uk.saferhub.tasking.internal.ReviewDecision;
import uk.saferhub.tasking.internal.ReviewEntry;
import uk.saferhub.tasking.internal.ReviewProblem;
import uk.saferhub.tasking.internal.ReviewRecord;
import uk.saferhub.tasking.internal.ReviewRefused;
import uk.saferhub.tasking.internal.ReviewRow;
import uk.saferhub.tasking.internal.ReviewStore;

/**
 * The cycle review: a tasking group's review of its priorities at one of its meetings. Read by whoever may see the
 * group (each priority as its handling level allows); recorded by contributors who may change the group's priorities,
 * each line only for priorities they may change. Recording is all or nothing in one transaction: every priority's
 * state at the meeting with its decision, the changes decided, new priorities proposed, and the review's agenda item
 * on the meeting (and an escalated priority's on the next meeting of the body the group reports to), all audited.
 */
@Service
public class TaskingReviews {

    /** The linked-record type of a review on its meeting's agenda; its id is the meeting's. */
    public static final String REVIEW = "tasking-review";

    private final Tasking tasking;
    private final TaskingEditor editor;
    private final Partnership partnership;
    private final Meetings meetings;
    private final LinkedAgendaItems recorder;
    private final PriorityStore priorities;
    private final ActionStore states;
    private final ReviewStore reviews;
    private final ReviewChecks checks;
    private final AuditTrail audit;
    private final PageWords words;
    private final AccessPolicy access;
    private final Clock clock;

    TaskingReviews(Tasking tasking, TaskingEditor editor, Partnership partnership, Meetings meetings,
            LinkedAgendaItems recorder, PriorityStore priorities, ActionStore states, ReviewStore reviews,
            ReviewChecks checks, AuditTrail audit, PageWords words, AccessPolicy access, Clock clock) {
        this.tasking = tasking;
        this.editor = editor;
        this.partnership = partnership;
        this.meetings = meetings;
        this.recorder = recorder;
        this.priorities = priorities;
        this.states = states;
        this.reviews = reviews;
        this.checks = checks;
        this.audit = audit;
        this.words = words;
        this.access = access;
        this.clock = clock;
    }

    /** The review at a meeting of a tasking group the actor may see; any other meeting is not found. */
    @Transactional(readOnly = true)
    public CycleReview review(Actor actor, UUID meetingId) {
        Meeting meeting = meetings.meetingOnly(actor, meetingId);
        Body group = tasking.group(actor, meeting.bodyId());
        Map<UUID, Set<UUID>> recorded = reviews.recordedByMeeting(group.id().value());
        Meeting previous = tasking.cyclesBetween(actor, group, meeting.start().toLocalDate().minusYears(2),
                        meeting.start().toLocalDate()).stream()
                .filter(other -> other.start().isBefore(meeting.start()) && !other.cancelled()
                        && recorded.containsKey(other.id()))
                .max(Comparator.comparing(Meeting::start)).orElse(null);
        Set<UUID> atThisMeeting = recorded.getOrDefault(meetingId, Set.of());
        List<ReviewRow> rows = new ArrayList<>();
        for (Priority priority : priorities.ofGroups(List.of(group.id().value()))) {
            boolean here = atThisMeeting.contains(priority.id());
            if (!(priority.status().live() || priority.status() == PriorityStatus.PROPOSED || here)
                    || !AccessPolicy.canSee(actor, priority)) {
                continue;
            }
            List<CycleState> history = states.cyclesOf(priority.id());
            CycleState mine = history.stream().filter(state -> state.meetingId().equals(meetingId)).findFirst()
                    .orElse(null);
            boolean missed = previous != null && !recorded.get(previous.id()).contains(priority.id())
                    && (history.stream().anyMatch(state -> !state.meetingId().equals(meetingId))
                            || priority.createdAt().isBefore(previous.start().toInstant()));
            rows.add(new ReviewRow(priority, ChangePolicy.mayChange(actor, priority, Role.CONTRIBUTOR), mine,
                    missed ? previous.start() : null));
        }
        return new CycleReview(meeting, group, rows, tasking.mayAddTo(actor, group),
                reviews.find(meetingId).orElse(null), escalatesTo(group).orElse(null),
                previous == null ? null : previous.start());
    }

    /**
     * Records the review (or corrects it): refused as a whole, storing nothing, with every problem named, when any
     * line breaks a rule or a priority was changed since the reviewer read it.
     */
    @Transactional
    public CycleReview record(Actor actor, UUID meetingId, List<ReviewEntry> entries,
            List<ProposedPriority> proposals) {
        CycleReview review = review(actor, meetingId);
        if (!review.mayRecord()) {
            throw new RecordNotFoundException("tasking-review", meetingId);
        }
        Map<UUID, Priority> changeable = new LinkedHashMap<>();
        review.rows().stream().filter(ReviewRow::mayChange)
                .forEach(row -> changeable.put(row.priority().id(), row.priority()));
        List<ReviewProblem> problems = checks.problems(entries, proposals, changeable, review.escalatesTo() != null,
                meetingId, (id, version) -> List.copyOf(editor.changedSince(id, version)).stream()
                        .map(field -> words.text("tasking.field." + field)).toList());
        if (!problems.isEmpty()) {
            throw new ReviewRefused(problems);
        }
        Meeting meeting = review.meeting();
        int decided = 0;
        for (ReviewEntry entry : entries) {
            if (entry.decision() != null) {
                Priority priority = changeable.get(entry.priorityId());
                CycleState before = review.rows().stream().filter(row -> row.priority().id().equals(priority.id()))
                        .map(ReviewRow::recorded).filter(Objects::nonNull).findFirst().orElse(null);
                decide(actor, review, priority, entry, before);
                decided++;
            }
        }
        int proposed = 0;
        for (ProposedPriority proposal : proposals) {
            if (proposal != null && !proposal.blank()) {
                Priority added = editor.addPriority(actor, review.group().id(),
                        ReviewChecks.details(proposal, meetingId));
                editor.recordCycle(actor, added.id(), meetingId, null);
                reviews.decide(added.id(), meetingId, ReviewDecision.PROPOSE, null);
                proposed++;
            }
        }
        reviews.save(new ReviewRecord(meetingId, review.group().id().value(), actor.personId(), clock.instant(), 0));
        audit.recordChange(review.recorded() == null ? AuditAction.CREATE : AuditAction.UPDATE, REVIEW, meetingId,
                (review.recorded() == null ? "Recorded" : "Corrected") + " the tasking review of "
                        + review.group().name() + " at its meeting on " + meeting.start().toLocalDate(),
                Changes.none().field("decided", null, decided).field("proposed", null, proposed));
        recorder.link(actor, meetingId, REVIEW, meetingId.toString(), words.text("tasking.review.agendaTitle"),
                words.text("tasking.review.agendaLabel", review.group().name()));
        return review(actor, meetingId);
    }

    /** The body a group's escalations go to: the first it reports to. */
    public Optional<Body> escalatesTo(Body group) {
        return partnership.reportsTo(group.id()).stream().map(partnership::body).flatMap(Optional::stream)
                .findFirst();
    }

    private void decide(Actor actor, CycleReview review, Priority p, ReviewEntry e, CycleState before) {
        PriorityStatus status = switch (e.decision()) {
            case AGREE -> PriorityStatus.AGREED;
            case AMEND -> e.status();
            case CLOSE -> e.closedAs();
            default -> p.status();
        };
        String target = e.decision() == ReviewDecision.AMEND ? e.targetOutcome() : p.targetOutcome();
        String outcome = e.decision() == ReviewDecision.CLOSE ? e.outcome() : status.closed() ? p.outcome() : null;
        PriorityDetails details = new PriorityDetails(p.categoryId(), p.title(), p.placeIds(), p.locationText(),
                p.latitude(), p.longitude(), p.problem(), p.evidence(), p.owningOrganisationId(), p.leadPersonId(),
                p.partnerOrganisationIds(), p.startedMeetingId(), target, status, e.rag(),
                e.rag() == null ? null : e.ragReason(), outcome, p.handlingLevel());
        boolean changes = status != p.status() || e.rag() != p.rag() || !same(target, p.targetOutcome())
                || !same(details.ragReason(), p.ragReason()) || !same(outcome, p.outcome());
        if (changes) {
            editor.revisePriority(actor, p.id(), e.version(), details);
        }
        editor.recordCycle(actor, p.id(), review.meeting().id(), e.progress());
        ReviewDecision decision = e.decision() == ReviewDecision.CARRY_FORWARD && before != null
                && before.decision() == ReviewDecision.PROPOSE ? ReviewDecision.PROPOSE : e.decision();
        UUID escalatedTo = decision == ReviewDecision.ESCALATE ? review.escalatesTo().id().value() : null;
        reviews.decide(p.id(), review.meeting().id(), decision, escalatedTo);
        audit.recordChange(AuditAction.UPDATE, "tasking-cycle-state", p.id(), "Reviewed the priority " + p.title()
                + " at the meeting of " + review.group().name() + " on " + review.meeting().start().toLocalDate(),
                Changes.none().field("decision", before == null ? null : before.decision(), decision)
                        .field("escalatedToBodyId", before == null ? null : before.escalatedToBodyId(), escalatedTo));
        if (decision == ReviewDecision.ESCALATE) {
            escalate(actor, review, p);
        }
    }

    /**
     * Puts an escalated priority on the agenda of the next meeting of the body the group reports to. The item's title
     * names the group only: the priority's title is in its link, shown only to those who may see the priority.
     */
    private void escalate(Actor actor, CycleReview review, Priority p) {
        Body to = review.escalatesTo();
        if (!partnership.maySee(actor, to.id())) {
            return;
        }
        ZonedDateTime from = review.meeting().start();
        meetings.meetingsOf(actor, to.id(), from.toInstant(), from.plusYears(1).toInstant()).stream()
                .filter(next -> !next.cancelled()).min(Comparator.comparing(Meeting::start))
                .ifPresent(next -> recorder.link(actor, next.id(), TaskingEditor.PRIORITY, p.id().toString(),
                        words.text("tasking.review.escalated.agendaTitle", review.group().name()),
                        p.title()));
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null || a.isBlank() ? null : a.strip(), b);
    }

    /** The review as opened on its page or in the API: each restricted priority shown there is an audited view. */
    @Transactional(readOnly = true)
    public CycleReview opened(Actor actor, UUID meetingId) {
        CycleReview review = review(actor, meetingId);
        review.rows().stream().filter(row -> row.priority().handlingLevel().viewIsAudited())
                .forEach(row -> access.requireVisible(actor, row.priority()));
        return review;
    }

    /** Which of the given meetings have their review recorded. */
    @Transactional(readOnly = true)
    public Set<UUID> recorded(List<UUID> meetingIds) {
        return reviews.reviewed(meetingIds);
    }
}
