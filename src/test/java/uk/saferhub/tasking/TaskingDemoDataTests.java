package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.partnership.Body;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.demo.DemoDataContributor;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.internal.ActionKind;
import uk.saferhub.tasking.internal.CycleState;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityFilter;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.PriorityView;

/**
 * Seed 001's tasking matrix in the demonstration: each Leeds tasking group has environmental priorities recorded at
 * three of its meetings, carried forward, amended and closed, with actions for NPTs, PCSOs, Environmental Services
 * and the ALMOs; loading again adds nothing.
 */
@SaferHubTest
class TaskingDemoDataTests {

    @Autowired
    Tasking tasking;

    @Autowired
    TaskingTestData data;

    @Autowired
    DemoUsers users;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachLeedsGroupHasEnvironmentalPrioritiesAcrossThreeCycles() {
        Actor coordinator = users.actor("mstenton");
        for (String name : List.of("East North East local tasking group", "West North West local tasking group",
                "South East local tasking group")) {
            Body group = data.group(name);
            List<Priority> priorities = tasking.priorities(coordinator,
                    new PriorityFilter(group.id().value(), null, null, null)).stream()
                    .filter(priority -> priority.startedMeetingId() != null).toList();
            assertThat(priorities).as(name).hasSizeGreaterThanOrEqualTo(2);
            Set<java.util.UUID> cycles = priorities.stream()
                    .flatMap(priority -> tasking.priority(coordinator, priority.id()).history().stream())
                    .map(CycleState::meetingId).collect(Collectors.toSet());
            assertThat(cycles).as(name + ": its cycles").hasSize(3);
        }
    }

    @Test
    void historyShowsPrioritiesCarriedAmendedAndClosed() {
        Actor coordinator = users.actor("mstenton");
        Priority graffiti = find(coordinator, "Graffiti in Gipton & Harehills");
        PriorityView view = tasking.priority(coordinator, graffiti.id());
        assertThat(view.history()).extracting(CycleState::status).containsExactly(PriorityStatus.ACTIVE,
                PriorityStatus.ACTIVE, PriorityStatus.CLOSED_ACHIEVED);
        assertThat(view.priority().outcome()).contains("Graffiti removed");
        assertThat(view.actions()).extracting(action -> action.ownerTeam())
                .contains("Gipton & Harehills PCSOs");
        assertThat(view.actions()).extracting(action -> action.kind()).contains(ActionKind.PROACTIVE,
                ActionKind.REACTIVE);
        assertThat(view.actions()).flatExtracting(action -> action.figures().keySet())
                .contains(uk.saferhub.tasking.internal.OutcomeMeasure.GRAFFITI_REMOVED);

        Priority amended = find(coordinator, "Fly-tipping in Armley and Bramley & Stanningley");
        assertThat(amended.placeIds()).hasSize(2);
        assertThat(amended.status()).isEqualTo(PriorityStatus.CLOSED_NOT_ACHIEVED);
        assertThat(tasking.priority(coordinator, amended.id()).history()).extracting(CycleState::progressNote)
                .anySatisfy(note -> assertThat(note).startsWith("Amended"));
    }

    @Test
    void loadingTheDemonstrationAgainAddsNothing() {
        long before = jdbc.sql("select count(*) from tasking_priority").query(Long.class).single();
        long meetings = jdbc.sql("select count(*) from tasking_cycle_state").query(Long.class).single();
        context.getBeansOfType(DemoDataContributor.class).values().stream()
                .filter(bean -> bean.getClass().getSimpleName().startsWith("TaskingDemoData")).findFirst()
                .orElseThrow().load(null);
        assertThat(jdbc.sql("select count(*) from tasking_priority").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from tasking_cycle_state").query(Long.class).single())
                .isEqualTo(meetings);
    }

    private Priority find(Actor actor, String title) {
        return tasking.priorities(actor, PriorityFilter.none()).stream()
                .filter(priority -> priority.title().equals(title)).findFirst().orElseThrow();
    }
}
