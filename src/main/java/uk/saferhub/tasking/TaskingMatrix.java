package uk.saferhub.tasking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.tasking.internal.ActionStore;
import uk.saferhub.tasking.internal.CycleState;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityFilter;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.Rag;

/**
 * The tasking matrix: for each tasking group (its area) the priorities the actor may see, each with its status and RAG
 * now and at each of the group's latest cycles (its meetings with a recorded state, and the next one), its owner and
 * its actions not yet done. Built in a handful of queries whatever the number of priorities.
 */
@Service
public class TaskingMatrix {

    /** The most cycles a matrix shows. */
    public static final int MOST_CYCLES = 12;

    private final Tasking tasking;
    private final Meetings meetings;
    private final ActionStore actions;

    TaskingMatrix(Tasking tasking, Meetings meetings, ActionStore actions) {
        this.tasking = tasking;
        this.meetings = meetings;
        this.actions = actions;
    }

    /** Which rows and how many cycles: any filter value may be null for all. */
    public record Filter(UUID groupBodyId, UUID categoryId, PriorityStatus status, Rag rag, int cycles) {

        public Filter {
            cycles = Math.max(1, Math.min(cycles, MOST_CYCLES));
        }
    }

    /** One group's part of the matrix: its cycles, oldest first, and its rows. */
    public record Area(Body group, List<Meeting> cycles, List<Row> rows) {
    }

    /** A priority's row: its state at each cycle (absent where nothing was recorded) and its open actions. */
    public record Row(Priority priority, Map<UUID, CycleState> atCycle, int openActions) {

        public CycleState at(Meeting cycle) {
            return atCycle.get(cycle.id());
        }
    }

    @Transactional(readOnly = true)
    public List<Area> matrix(Actor actor, Filter filter) {
        List<Priority> visible = tasking.priorities(actor,
                new PriorityFilter(filter.groupBodyId(), filter.status(), filter.categoryId(), null)).stream()
                .filter(priority -> filter.rag() == null || filter.rag() == priority.rag())
                .toList();
        List<UUID> ids = visible.stream().map(Priority::id).toList();
        Map<UUID, Map<UUID, CycleState>> states = new HashMap<>();
        for (CycleState state : actions.cyclesOfAll(ids)) {
            states.computeIfAbsent(state.priorityId(), ignored -> new HashMap<>()).put(state.meetingId(), state);
        }
        Map<UUID, Integer> open = actions.openActionCounts(ids);

        Map<UUID, List<Priority>> byGroup = new LinkedHashMap<>();
        visible.forEach(priority -> byGroup.computeIfAbsent(priority.groupBodyId(), ignored -> new ArrayList<>())
                .add(priority));
        List<Area> areas = new ArrayList<>();
        for (Body body : tasking.groupBodies(actor)) {
            if (filter.groupBodyId() != null && !filter.groupBodyId().equals(body.id().value())) {
                continue;
            }
            List<Priority> priorities = byGroup.getOrDefault(body.id().value(), List.of());
            List<Meeting> cycles = cycles(actor, body, priorities, states, filter.cycles());
            List<Row> rows = priorities.stream()
                    .sorted(Comparator.comparing((Priority p) -> !p.status().live()).thenComparing(Priority::title))
                    .map(p -> new Row(p, states.getOrDefault(p.id(), Map.of()), open.getOrDefault(p.id(), 0)))
                    .toList();
            areas.add(new Area(body, cycles, rows));
        }
        return areas;
    }

    /** The group's latest cycles, oldest first: meetings with a recorded state and those in the calendar window. */
    private List<Meeting> cycles(Actor actor, Body group, List<Priority> priorities,
            Map<UUID, Map<UUID, CycleState>> states, int count) {
        Set<UUID> recorded = new LinkedHashSet<>();
        priorities.forEach(p -> recorded.addAll(states.getOrDefault(p.id(), Map.of()).keySet()));
        // Every meeting of the group the actor may see, in one query, rather than two queries a recorded meeting.
        java.time.LocalDate today = meetings.today();
        List<Meeting> ofGroup = tasking.cyclesBetween(actor, group,
                java.time.LocalDate.of(uk.saferhub.shared.web.DateInput.EARLIEST_YEAR, 1, 1), today.plusWeeks(8));
        Map<UUID, Meeting> found = new HashMap<>();
        ofGroup.stream().filter(meeting -> recorded.contains(meeting.id()))
                .forEach(meeting -> found.put(meeting.id(), meeting));
        LocalCalendar.next(ofGroup, today).ifPresent(m -> found.put(m.id(), m));
        List<Meeting> latest = new ArrayList<>(found.values());
        latest.sort(Comparator.comparing(Meeting::start).reversed());
        List<Meeting> shown = new ArrayList<>(latest.subList(0, Math.min(count, latest.size())));
        shown.sort(Comparator.comparing(Meeting::start));
        return shown;
    }

    /** The next meeting from today in a list of a group's meetings, if any. */
    private static final class LocalCalendar {

        static java.util.Optional<Meeting> next(List<Meeting> meetings, java.time.LocalDate today) {
            return meetings.stream().filter(m -> !m.start().toLocalDate().isBefore(today))
                    .min(Comparator.comparing(Meeting::start));
        }
    }
}
