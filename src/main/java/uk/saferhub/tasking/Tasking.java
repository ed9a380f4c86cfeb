package uk.saferhub.tasking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;
import uk.saferhub.tasking.internal.ActionStore;
import uk.saferhub.tasking.internal.Category;
import uk.saferhub.tasking.internal.CategoryStore;
import uk.saferhub.tasking.internal.CycleState;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityFilter;
import uk.saferhub.tasking.internal.PriorityStore;
import uk.saferhub.tasking.internal.PriorityView;
import uk.saferhub.tasking.internal.TaskingGroup;

/**
 * The tasking module's read API. A tasking group is a partnership body of type TASKING_GROUP, seen by whoever may see
 * the body; its meetings are its cycles. A priority is seen by whoever may see its group and, by {@link AccessPolicy},
 * the priority itself; opening an AGENCY or POLICE_ONLY priority is audited.
 */
@Service
public class Tasking {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Partnership partnership;
    private final Meetings meetings;
    private final PriorityStore priorities;
    private final ActionStore actions;
    private final CategoryStore categories;
    private final AccessPolicy access;

    Tasking(Partnership partnership, Meetings meetings, PriorityStore priorities, ActionStore actions,
            CategoryStore categories, AccessPolicy access) {
        this.partnership = partnership;
        this.meetings = meetings;
        this.priorities = priorities;
        this.actions = actions;
        this.categories = categories;
        this.access = access;
    }

    /** The tasking groups the actor may see, by name, each with its live priorities the actor may see counted. */
    @Transactional(readOnly = true)
    public List<TaskingGroup> groups(Actor actor) {
        List<Body> groups = groupsSeenBy(actor);
        Map<UUID, Long> live = new HashMap<>();
        priorities.ofGroups(groups.stream().map(body -> body.id().value()).toList()).stream()
                .filter(priority -> priority.status().live() && AccessPolicy.canSee(actor, priority))
                .forEach(priority -> live.merge(priority.groupBodyId(), 1L, Long::sum));
        return groups.stream().map(body -> new TaskingGroup(body, live.getOrDefault(body.id().value(), 0L)))
                .toList();
    }

    /**
     * The tasking groups the actor may see, without their counts of live priorities (which read every priority of
     * every group): for lists of groups to choose from and pages about one group.
     */
    @Transactional(readOnly = true)
    public List<Body> groupBodies(Actor actor) {
        return groupsSeenBy(actor);
    }

    /** One tasking group, when the actor may see it; any other body is not a tasking group (not found). */
    @Transactional(readOnly = true)
    public Body group(Actor actor, BodyId id) {
        Body body = partnership.body(actor, id);
        if (body.type() != BodyType.TASKING_GROUP) {
            throw new RecordNotFoundException("tasking-group", id);
        }
        return body;
    }

    /** The priorities the actor may see that match the filter (its group, when named, must be visible). */
    @Transactional(readOnly = true)
    public List<Priority> priorities(Actor actor, PriorityFilter filter) {
        List<UUID> groups = filter.groupBodyId() != null
                ? List.of(group(actor, BodyId.of(filter.groupBodyId())).id().value())
                : groupsSeenBy(actor).stream().map(body -> body.id().value()).toList();
        return priorities.ofGroups(groups).stream().filter(filter::matches)
                .filter(priority -> AccessPolicy.canSee(actor, priority)).toList();
    }

    /** A priority with its actions and history, when the actor may see it; a restricted one's view is audited. */
    @Transactional(readOnly = true)
    public PriorityView priority(Actor actor, UUID id) {
        Priority priority = priorities.find(id).orElseThrow(() -> new RecordNotFoundException("tasking-priority", id));
        Body group = group(actor, BodyId.of(priority.groupBodyId()));
        access.requireVisible(actor, priority);
        Category category = categories.find(priority.categoryId()).orElseThrow();
        return new PriorityView(priority, group, category, actions.ofPriority(id), history(actor, priority),
                ChangePolicy.mayChange(actor, priority, Role.CONTRIBUTOR));
    }

    /** Whether the actor may add a priority to the group: a contributor sharing with the group's owner. */
    @Transactional(readOnly = true)
    public boolean mayAddTo(Actor actor, Body group) {
        return ChangePolicy.mayChangeFor(actor, group.owningOrganisationId(), Role.CONTRIBUTOR);
    }

    /** Every category, current ones first, by name. */
    @Transactional(readOnly = true)
    public List<Category> categories() {
        return categories.all();
    }

    /** The group's meetings (its cycles) from a year before today to eight weeks ahead, latest first. */
    @Transactional(readOnly = true)
    public List<Meeting> cycles(Actor actor, Body group) {
        LocalDate today = meetings.today();
        return cyclesBetween(actor, group, today.minusYears(1), today.plusWeeks(8));
    }

    /** The group's meetings starting between two days, latest first. */
    @Transactional(readOnly = true)
    public List<Meeting> cyclesBetween(Actor actor, Body group, LocalDate from, LocalDate to) {
        List<Meeting> found = new ArrayList<>(meetings.meetingsOf(actor, group.id(), startOf(from), startOf(to)));
        found.sort(Comparator.comparing(Meeting::start).reversed());
        return found;
    }

    /** The cycle history of a priority the caller has been given, oldest meeting first. */
    private List<CycleState> history(Actor actor, Priority priority) {
        return actions.cyclesOf(priority.id()).stream()
                .map(state -> {
                    Meeting meeting = meetings.maySeeMeeting(actor, state.meetingId())
                            ? meetings.meetingOnly(actor, state.meetingId()) : null;
                    return new CycleState(state.priorityId(), state.meetingId(),
                            meeting == null ? null : meeting.start(), state.status(), state.rag(), state.ragReason(),
                            state.progressNote(), state.recordedAt(), state.decision(), state.escalatedToBodyId());
                })
                .filter(state -> state.meetingStart() != null)
                .sorted(Comparator.comparing(CycleState::meetingStart))
                .toList();
    }

    /** Whether a meeting is one of the group's. */
    public boolean isCycleOf(Actor actor, Body group, UUID meetingId) {
        return meetingId != null && meetings.maySeeMeeting(actor, meetingId)
                && Objects.equals(meetings.meetingOnly(actor, meetingId).bodyId(), group.id());
    }

    private List<Body> groupsSeenBy(Actor actor) {
        return partnership.bodies(actor).stream().filter(body -> body.type() == BodyType.TASKING_GROUP).toList();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(LONDON).toInstant();
    }
}
