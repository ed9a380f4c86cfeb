package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.tasking.internal.AreaReport;
import uk.saferhub.tasking.internal.IssuedReport;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityDetails;
import uk.saferhub.tasking.internal.ReportChange;
import uk.saferhub.tasking.internal.ReportLine;
import uk.saferhub.tasking.internal.ReportSection;

/**
 * The reports to the East North East Area Committee and Divisional Community Safety Partnership from the demonstration
 * Leeds tasking data: what the tasking meetings agreed and achieved, only what the reader may see, and an issued
 * report (a meeting paper) with PUBLIC and PARTNERSHIP priorities only.
 */
@SaferHubTest
class TaskingReportsTests {

    private static final LocalDate FIRST_CYCLE = LocalDate.of(2011, 11, 15);

    @Autowired
    TaskingReports reports;

    @Autowired
    TaskingEditor editor;

    @Autowired
    TaskingTestData data;

    @Autowired
    Partnership partnership;

    @Autowired
    Meetings meetings;

    @Autowired
    DemoUsers users;

    @Test
    void theAreaCommitteeReportSaysWhatEachTaskingMeetingAgreedAndAchieved() {
        Body committee = body("East North East Area Committee");
        AreaReport report = reports.current(users.actor("mstenton"), committee.id(), LocalDate.of(2012, 3, 1));
        assertThat(report.tailored()).isTrue();
        assertThat(report.from()).isEqualTo(FIRST_CYCLE);
        assertThat(report.sections()).extracting(section -> section.group().name())
                .contains("East North East local tasking group");
        ReportSection section = report.sections().stream().filter(s -> s.group().name().equals("East North East local tasking group")).findFirst().orElseThrow();
        assertThat(section.meetings()).extracting(meeting -> meeting.start().toLocalDate())
                .contains(FIRST_CYCLE, LocalDate.of(2011, 12, 27), LocalDate.of(2012, 2, 7));
        assertThat(line(section, "Graffiti in Gipton & Harehills").change()).isEqualTo(ReportChange.CLOSED_ACHIEVED);
        assertThat(line(section, "Graffiti in Gipton & Harehills").actionsDone()).isNotEmpty()
                .allSatisfy(action -> assertThat(action.outcome()).isNotBlank());
        ReportLine vehicles = section.lines().stream()
                .filter(line -> line.priority().title().startsWith("Abandoned vehicles")).findFirst().orElseThrow();
        assertThat(vehicles.change()).isEqualTo(ReportChange.AGREED);
        assertThat(vehicles.states()).hasSize(3);
        assertThat(vehicles.last().rag()).isNotNull();
        assertThat(section.count(ReportChange.CLOSED_ACHIEVED)).isGreaterThanOrEqualTo(1);

        // Since the last report: a report up to the second cycle covers only the third from then on.
        AreaReport later = reports.current(users.actor("mstenton"), committee.id(), LocalDate.of(2011, 12, 1));
        assertThat(later.sections().stream().filter(s -> s.group().name().equals("East North East local tasking group"))
                .findFirst().orElseThrow().meetings()).hasSize(1);
    }

    @Test
    void intelligenceNeverReachesACouncilReaderAndAPaperHoldsOnlyPublicAndPartnershipPriorities() {
        Body partnershipBody = body("East North East Divisional Community Safety Partnership");
        Priority police = withCycle("Drug dealing kept to the police", HandlingLevel.POLICE_ONLY,
                "East North East Leeds Neighbourhood Policing Team");
        Priority shared = withCycle("Litter shared with the partners", HandlingLevel.PARTNERSHIP, "Safer Leeds");

        assertThat(titles(reports.current(users.actor("ene.inspector"), partnershipBody.id(), null)))
                .contains(police.title(), shared.title());
        assertThat(titles(reports.current(users.actor("mstenton"), partnershipBody.id(), null)))
                .contains(shared.title()).doesNotContain(police.title());
        assertThat(titles(reports.current(users.actor("ene.homes"), partnershipBody.id(), null)))
                .doesNotContain(police.title());

        IssuedReport issued = reports.issue(users.actor("mstenton"), partnershipBody.id(), LocalDate.now());
        assertThat(issued.from()).isEqualTo(FIRST_CYCLE);
        AreaReport paper = reports.issued(users.actor("ene.inspector"), partnershipBody.id(), issued.id());
        assertThat(titles(paper)).contains(shared.title(), "Graffiti in Gipton & Harehills")
                .doesNotContain(police.title());
        // The next report runs from the day after this one.
        assertThat(reports.current(users.actor("mstenton"), partnershipBody.id(), null).previous().id())
                .isEqualTo(issued.id());
        assertThatThrownBy(() -> reports.issue(users.actor("mstenton"), partnershipBody.id(), LocalDate.now()))
                .hasMessageContaining("tasking.report.to.beforeLast");
    }

    @Test
    void onlyThoseWhoMayChangeTheBodyIssueAndOtherOrganisationsFindNothing() {
        Body committee = body("West North West Area Committee");
        assertThatThrownBy(() -> reports.issue(users.actor("ene.homes"), committee.id(), LocalDate.now()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> reports.current(users.actor("herts.coordinator"), committee.id(), null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> reports.current(users.actor("mstenton"), data.eastNorthEast().id(), null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(reports.bodies(users.actor("herts.coordinator"))).extracting(Body::name)
                .noneMatch(name -> name.contains("Leeds") || name.contains("North East"));
    }

    private Priority withCycle(String title, HandlingLevel level, String owner) {
        PriorityDetails base = data.details(TaskingTestData.unique(title), level);
        PriorityDetails details = new PriorityDetails(base.categoryId(), base.title(), base.placeIds(),
                base.locationText(), base.latitude(), base.longitude(), base.problem(), base.evidence(),
                data.organisation(owner), null, List.of(), null, base.targetOutcome(), base.status(), base.rag(),
                base.ragReason(), null, level);
        Priority priority = editor.addPriority(null, data.eastNorthEast().id(), details);
        UUID meeting = meetings.meetingsOn(data.eastNorthEast().id(), LocalDate.of(2012, 2, 7)).getFirst().id();
        editor.recordCycle(null, priority.id(), meeting, "Reviewed at the third cycle.");
        return priority;
    }

    private Body body(String name) {
        return partnership.bodies().stream().filter(body -> body.name().equals(name)).findFirst().orElseThrow();
    }

    private static ReportLine line(ReportSection section, String title) {
        return section.lines().stream().filter(line -> line.priority().title().equals(title)).findFirst()
                .orElseThrow();
    }

    private static List<String> titles(AreaReport report) {
        return report.sections().stream().flatMap(section -> section.lines().stream())
                .map(line -> line.priority().title()).toList();
    }

    static BodyId id(Body body) {
        return body.id();
    }
}
