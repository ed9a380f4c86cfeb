package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import uk.saferhub.meetings.internal.ActionFilter;
import uk.saferhub.meetings.internal.ActionStatus;
import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.internal.Attendance;
import uk.saferhub.shared.calendar.CalendarEvent;
import uk.saferhub.meetings.internal.MeetingAction;
import uk.saferhub.meetings.internal.MeetingView;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.demo.DemoDataContributor;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The demonstration's meetings, loaded at start-up relative to today: the seeds' rhythms as cadences generating the
 * coming twelve months, and the seeds' held meetings with their record.
 */
@SaferHubTest
class MeetingsDemoDataTests {

    private static final List<String> TASKING_GROUPS = List.of("East North East local tasking group",
            "West North West local tasking group", "South East local tasking group");

    @Autowired
    Meetings meetings;

    @Autowired
    MeetingTestBodies data;

    @Autowired
    DemoUsers users;

    @Autowired
    ApplicationContext context;

    @Test
    void theThreeLeedsTaskingGroupsMeetEverySixWeeksOnDifferentDaysThroughTheComingYear() {
        Actor leeds = users.actor("leeds.admin");
        Set<DayOfWeek> weekdays = new HashSet<>();
        for (String group : TASKING_GROUPS) {
            List<Meeting> coming = fromCadence(leeds, data.body(group), 12);
            assertThat(coming).as(group).hasSizeGreaterThanOrEqualTo(8);
            for (int i = 1; i < coming.size(); i++) {
                assertThat(ChronoUnit.DAYS.between(coming.get(i - 1).start().toLocalDate(),
                        coming.get(i).start().toLocalDate())).as(group).isEqualTo(42);
            }
            assertThat(coming).extracting(meeting -> meeting.start().getDayOfWeek()).as(group).containsOnly(
                    coming.getFirst().start().getDayOfWeek());
            weekdays.add(coming.getFirst().start().getDayOfWeek());
        }
        assertThat(weekdays).hasSize(3);
    }

    @Test
    void theCommunitySafetyBoardSetsGoalsInSeptemberAndReviewsProgressInMarch() {
        List<Meeting> coming = fromCadence(users.actor("admin"), data.body("Community Safety Board"), 12);

        assertThat(coming).extracting(meeting -> meeting.start().getMonth() + ": " + meeting.purpose())
                .containsExactlyInAnyOrder("SEPTEMBER: Set the strategic county-wide goals", "MARCH: Review progress");
    }

    @Test
    void hertfordshiresAnnualStrategicReviewIsProvisionallyDatedWithinSeptemberOrOctober() {
        List<Meeting> coming = fromCadence(users.actor("herts.coordinator"),
                data.body("HCC funded PCSO annual strategic review"), 12);

        assertThat(coming).hasSize(1);
        assertThat(coming.getFirst().start().getMonth()).isEqualTo(Month.SEPTEMBER);
        assertThat(coming.getFirst().windowText()).isEqualTo("to be held between September and October");
    }

    @Test
    void theScrutinyPanelsHeldMeetingMinutesItsCommentsOnTheGovernanceProtocol() {
        MeetingView panel = heldOn(users.actor("ewilson"), "Scrutiny Panel (Finance & Planning)",
                LocalDate.of(2004, 2, 10));

        assertThat(panel.agenda().getFirst().title()).startsWith("Police Community Support Officers – Governance");
        assertThat(panel.agenda().getFirst().minutes()).contains("The Panel's comments on the Governance Protocol");
        assertThat(panel.agenda()).anySatisfy(item -> assertThat(item.minutes()).contains("St Neots"));
        assertThat(panel.attendance()).extracting(Attendance::personId).contains(data.person("Mrs E Wilson"));
        assertThat(panel.actions()).extracting(MeetingAction::status).contains(ActionStatus.DONE);
    }

    @Test
    void cabinetApprovesTheGovernanceProtocolAndLeavesAnActionOverdue() {
        Actor wilson = users.actor("ewilson");
        MeetingView cabinet = heldOn(wilson, "Cabinet", LocalDate.of(2004, 2, 19));

        assertThat(cabinet.decisions()).extracting(Decision::text)
                .anySatisfy(text -> assertThat(text).startsWith("Cabinet approves the Governance Protocol"));
        assertThat(meetings.actions(wilson, new ActionFilter("overdue", data.body("Cabinet"), null)))
                .extracting(entry -> entry.action().description())
                .contains("Agree PIs for the 5 objectives with the Central Division to provide interim performance data");
    }

    @Test
    void theEastNorthEastTaskingMeetingRecordsItsAttendanceAndActions() {
        MeetingView tasking = heldOn(users.actor("ene.inspector"), "East North East local tasking group",
                LocalDate.of(2011, 11, 15));

        assertThat(tasking.attendance()).extracting(Attendance::personId).containsExactlyInAnyOrder(
                data.person("East North East Area Community Safety Coordinator"),
                data.person("East North East NPT Inspector"),
                data.person("East North East Regulatory Team Supervisor"));
        assertThat(tasking.agenda()).extracting(AgendaItem::title)
                .contains("Analysis of local data: areas of poor environmental conditions");
        assertThat(tasking.actions()).extracting(MeetingAction::status)
                .contains(ActionStatus.DONE, ActionStatus.OPEN, ActionStatus.IN_PROGRESS);
    }

    @Test
    void loadingTheDemonstrationAgainAddsNothing() {
        long before = data.count("select count(*) from meeting");
        long audited = data.count("select count(*) from audit_event");
        DemoDataContributor contributor = context.getBeansOfType(DemoDataContributor.class).values().stream()
                .filter(bean -> bean.getClass().getSimpleName().startsWith("MeetingsDemoData")).findFirst()
                .orElseThrow();

        contributor.load(null);

        assertThat(data.count("select count(*) from meeting")).isEqualTo(before);
        assertThat(data.count("select count(*) from audit_event")).isEqualTo(audited);
    }

    private List<Meeting> fromCadence(Actor actor, BodyId body, int months) {
        ZonedDateTime now = ZonedDateTime.now(CalendarEvent.LONDON);
        return meetings.meetingsOf(actor, body, now.toInstant(), now.plusMonths(months).toInstant()).stream()
                .filter(Meeting::fromCadence).filter(meeting -> !meeting.cancelled()).toList();
    }

    private MeetingView heldOn(Actor actor, String body, LocalDate day) {
        Instant from = day.atStartOfDay(CalendarEvent.LONDON).toInstant();
        Meeting meeting = meetings.meetingsOf(actor, data.body(body), from, from.plus(1, ChronoUnit.DAYS)).stream()
                .filter(Meeting::held).findFirst().orElseThrow();
        return meetings.meeting(actor, meeting.id());
    }
}
