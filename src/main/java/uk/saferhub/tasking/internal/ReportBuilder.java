package uk.saferhub.tasking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.shared.access.Actor;

/**
 * Reads what each tasking group's meetings in a period agreed and achieved, from each priority's recorded state at
 * each meeting (tasking_cycle_state): a priority is in the report when it was reviewed at a meeting of the period.
 * Which priorities are shown is the caller's rule.
 */
@Component
public class ReportBuilder {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final Meetings meetings;
    private final PriorityStore priorities;
    private final ActionStore actions;
    private final CategoryStore categories;

    ReportBuilder(Meetings meetings, PriorityStore priorities, ActionStore actions, CategoryStore categories) {
        this.meetings = meetings;
        this.priorities = priorities;
        this.actions = actions;
        this.categories = categories;
    }

    /** The day of the groups' first meeting, for a body's first report; empty when they have not met. */
    public LocalDate firstMeeting(Actor actor, List<Body> groups, LocalDate to) {
        return groups.stream().flatMap(group -> meetingsOf(actor, group, to).stream())
                .map(meeting -> meeting.start().toLocalDate()).min(Comparator.naturalOrder()).orElse(null);
    }

    /** One section per group, each with the priorities the rule shows that were reviewed in the period. */
    public List<ReportSection> sections(Actor actor, List<Body> groups, LocalDate from, LocalDate to,
            Predicate<Priority> shown) {
        List<ReportSection> sections = new ArrayList<>();
        for (Body group : groups) {
            List<Meeting> all = meetingsOf(actor, group, to);
            Map<UUID, Meeting> byId = new HashMap<>();
            all.forEach(meeting -> byId.put(meeting.id(), meeting));
            List<Meeting> held = all.stream().filter(meeting -> !meeting.cancelled() && within(meeting, from, to))
                    .sorted(Comparator.comparing(Meeting::start)).toList();
            List<ReportLine> lines = priorities.ofGroups(List.of(group.id().value())).stream().filter(shown)
                    .map(priority -> line(priority, byId, from, to)).filter(line -> line != null)
                    .sorted(Comparator.comparing((ReportLine line) -> line.change().ordinal())
                            .thenComparing(line -> line.priority().title().toLowerCase()))
                    .toList();
            sections.add(new ReportSection(group, held, lines));
        }
        return sections;
    }

    private ReportLine line(Priority priority, Map<UUID, Meeting> meetingsById, LocalDate from, LocalDate to) {
        List<CycleState> states = actions.cyclesOf(priority.id()).stream()
                .filter(state -> meetingsById.containsKey(state.meetingId()))
                .map(state -> new CycleState(state.priorityId(), state.meetingId(),
                        meetingsById.get(state.meetingId()).start(), state.status(), state.rag(), state.ragReason(),
                        state.progressNote(), state.recordedAt()))
                .sorted(Comparator.comparing(CycleState::meetingStart)).toList();
        List<CycleState> inPeriod = states.stream().filter(state -> within(state.meetingStart().toLocalDate(), from,
                to)).toList();
        if (inPeriod.isEmpty()) {
            return null;
        }
        List<CycleState> before = states.stream().filter(state -> state.meetingStart().toLocalDate().isBefore(from))
                .toList();
        CycleState last = inPeriod.getLast();
        List<PriorityAction> done = actions.ofPriority(priority.id()).stream()
                .filter(action -> action.status().finished())
                .filter(action -> action.dueDate() == null || within(action.dueDate(), from, to)).toList();
        String category = categories.find(priority.categoryId()).map(Category::name).orElse("");
        return new ReportLine(priority, category, change(before, last), last, inPeriod, done);
    }

    private static ReportChange change(List<CycleState> before, CycleState last) {
        boolean closedBefore = !before.isEmpty() && before.getLast().status().closed();
        if (last.status().closed() && !closedBefore) {
            return last.status() == PriorityStatus.CLOSED_ACHIEVED ? ReportChange.CLOSED_ACHIEVED
                    : ReportChange.CLOSED_NOT_ACHIEVED;
        }
        if (last.status() == PriorityStatus.PROPOSED) {
            return ReportChange.PROPOSED;
        }
        boolean agreedBefore = before.stream().anyMatch(state -> state.status() != PriorityStatus.PROPOSED);
        return agreedBefore ? ReportChange.CARRIED : ReportChange.AGREED;
    }

    private List<Meeting> meetingsOf(Actor actor, Body group, LocalDate to) {
        return meetings.meetingsOf(actor, group.id(), startOf(EARLIEST), startOf(to.plusDays(1)));
    }

    private static boolean within(Meeting meeting, LocalDate from, LocalDate to) {
        return within(meeting.start().toLocalDate(), from, to);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(LONDON).toInstant();
    }
}
