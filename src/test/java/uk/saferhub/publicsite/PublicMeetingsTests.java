package uk.saferhub.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.reports.ReportDetails;
import uk.saferhub.reports.ReportSection;
import uk.saferhub.reports.Reports;
import uk.saferhub.reports.ReportsChangeRefused;
import uk.saferhub.reports.SectionKind;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * Meetings held in public: the Police and Crime Panel's meeting of 5 November 2014 with its agenda, seed 003's report
 * and its public agenda pack, for a visitor; an exempt report is neither listed nor readable, and a meeting of a body
 * that does not meet in public (Cabinet in the demonstration) is not there.
 */
@SaferHubTest
class PublicMeetingsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Meetings meetings;
    @Autowired
    Partnership partnership;
    @Autowired
    Reports reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoUsers users;

    @Test
    void thePanelsMeetingIsPublicWithItsReportAndPack() throws Exception {
        var panel = partnership.bodies().stream()
                .filter(b -> b.name().equals("Cambridgeshire Police and Crime Panel")).findFirst().orElseThrow();
        Meeting meeting = meetings.meetingsOn(panel.id(), LocalDate.of(2014, 11, 5)).getFirst();
        var exempt = reports.create(users.actor("panel.officer"), meeting.id(), new ReportDetails(30,
                "Exempt report " + UUID.randomUUID(), "the Panel", "Scrutiny officer", null, null, null, true,
                "Paragraph 1", List.of(new ReportSection(SectionKind.PURPOSE, null, List.of("Private words")),
                        new ReportSection(SectionKind.RECOMMENDATIONS, null, List.of("Private words")),
                        new ReportSection(SectionKind.BACKGROUND, null, List.of("Private words")))), null, null);

        assertThat(body("/public/meetings")).contains("/public/meetings/" + meeting.id());
        String page = body("/public/meetings/" + meeting.id());
        assertThat(page).contains("Police and Crime Plan variation", "POLICE AND CRIME PLAN VARIATION")
                .doesNotContain(exempt.id().toString()).doesNotContain("Private words");
        UUID seedReport = jdbc.sql("select id from reports_report where meeting_id = ? and item_number = 11")
                .param(meeting.id()).query(UUID.class).single();
        assertThat(body("/public/reports/" + seedReport)).contains("Agenda Item No. 11", "Dr Dorothy Gregson");
        assertThat(body("/public/api/reports/" + seedReport)).contains("\"number\":\"1.1\"", "Dr Dorothy Gregson");
        assertThat(mvc.perform(get("/public/api/reports/" + exempt.id())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/public/meetings/" + meeting.id() + "/pack")).andReturn().getResponse()
                .getContentType()).isEqualTo("application/pdf");
        assertThat(mvc.perform(get("/public/reports/" + exempt.id())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        // Publishing: an exempt report is refused and stays off; a public one is off until it is published.
        assertThatThrownBy(() -> reports.publish(users.actor("panel.officer"), exempt.id()))
                .isInstanceOf(ReportsChangeRefused.class)
                .satisfies(e -> assertThat(((ReportsChangeRefused) e).key()).isEqualTo("reports.publish.exempt"));
        var work = reports.create(users.actor("panel.officer"), meeting.id(), new ReportDetails(31,
                "Work programme " + UUID.randomUUID(), "the Panel", "Scrutiny officer", null, null, null, false, null,
                List.of(new ReportSection(SectionKind.PURPOSE, null, List.of("Public words")),
                        new ReportSection(SectionKind.RECOMMENDATIONS, null, List.of("Public words")),
                        new ReportSection(SectionKind.BACKGROUND, null, List.of("Public words")))), null, null);
        assertThat(mvc.perform(get("/public/reports/" + work.id())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(body("/public/meetings/" + meeting.id())).doesNotContain(work.details().title());
        reports.publish(users.actor("panel.officer"), work.id());
        assertThat(body("/public/meetings/" + meeting.id())).contains(work.details().title());
        assertThat(body("/public/reports/" + work.id())).contains("Public words");

        UUID cabinetMeeting = jdbc.sql("select meeting_id from reports_report where source_type = 'document' limit 1")
                .query(UUID.class).single();
        UUID cabinetReport = jdbc.sql("select id from reports_report where source_type = 'document' limit 1")
                .query(UUID.class).single();
        assertThatThrownBy(() -> reports.publish(users.actor("ewilson"), cabinetReport))
                .isInstanceOf(ReportsChangeRefused.class)
                .satisfies(e -> assertThat(((ReportsChangeRefused) e).key())
                        .isEqualTo("reports.publish.privateMeeting"));
        for (String url : List.of("/public/meetings/" + cabinetMeeting, "/public/meetings/" + cabinetMeeting
                + "/pack")) {
            assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).as(url).isEqualTo(404);
        }
    }

    @Test
    void theStructureOfThePublicBodiesIsPublicAndNothingElse() throws Exception {
        String page = body("/public/structure");
        assertThat(page).contains("Cambridgeshire Police and Crime Panel", "<svg")
                .doesNotContain("Safer Leeds Executive").doesNotContain("Community Safety Board")
                .doesNotContain("/partnership/bodies/");
    }

    private String body(String url) throws Exception {
        var response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }
}
