package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.directory.Directory;
import uk.saferhub.meetings.internal.Attendance;
import uk.saferhub.meetings.internal.AttendanceStatus;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class AttendanceFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipEditor editor;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    MeetingRecorder recorder;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    RecordTestData data;

    @BeforeEach
    void setUp() {
        data = new RecordTestData(editor, scheduler, recorder, directory, jdbc);
    }

    Document form(Meeting meeting) throws Exception {
        MvcResult result = mvc.perform(get("/meetings/" + meeting.id() + "/attendance").with(users.as("mstenton")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    String status(Meeting meeting, UUID person) {
        return jdbc.sql("select status from meeting_attendance where meeting_id = ? and person_id = ?")
                .params(meeting.id(), person).query(String.class).optional().orElse(null);
    }

    @Test
    void theFormHasARowPerMemberOnTheDayAndRecordsMembersOtherAttendeesAndSubstitutes() throws Exception {
        Body body = data.leedsBody("Attendance group");
        data.seat(body, "Martyn Stenton");
        data.seat(body, "Katie Rowan");
        Meeting meeting = data.pastMeeting(body);
        UUID stenton = data.person("Martyn Stenton");
        UUID rowan = data.person("Katie Rowan");
        UUID coordinator = data.person("East North East Area Community Safety Coordinator");

        Document form = form(meeting);
        assertThat(form.select("fieldset legend").eachText())
                .contains("Katie Rowan Member", "Martyn Stenton Member", "Other attendee 1", "Other attendee 3");
        assertThat(form.select("input[type=radio][name=member[" + stenton + "]] + label").eachText())
                .containsExactly("Present", "Apologies", "Absent", "Not recorded");
        assertThat(form.select("input[name=member[" + stenton + "]][value=]").hasAttr("checked")).isTrue();
        assertThat(form.select("select[name=others[0].substituteFor] option").eachText())
                .containsExactly("Nobody", "Katie Rowan", "Martyn Stenton");

        MvcResult result = mvc.perform(post("/meetings/" + meeting.id() + "/attendance").with(csrf())
                .with(users.as("mstenton")).param("member[" + stenton + "]", "PRESENT")
                .param("member[" + rowan + "]", "APOLOGIES")
                .param("others[0].personId", coordinator.toString()).param("others[0].status", "PRESENT")
                .param("others[0].substituteFor", rowan.toString())
                .param("others[1].personId", "").param("others[1].status", "").param("others[1].substituteFor", ""))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting.id() + "#attendance");
        assertThat(status(meeting, stenton)).isEqualTo("PRESENT");
        assertThat(status(meeting, rowan)).isEqualTo("APOLOGIES");
        assertThat(jdbc.sql("select substitute_for_person_id from meeting_attendance where meeting_id = ? and "
                + "person_id = ?").params(meeting.id(), coordinator).query(UUID.class).single()).isEqualTo(rowan);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'UPDATE' and record_type = "
                + "'meeting-attendance' and record_id = ?").param(meeting.id().toString()).query(Long.class).single())
                .isEqualTo(1);

        Document again = form(meeting);
        assertThat(again.select("input[name=member[" + stenton + "]][value=PRESENT]").hasAttr("checked")).isTrue();
        assertThat(again.select("input[name=member[" + rowan + "]][value=APOLOGIES]").hasAttr("checked")).isTrue();
        assertThat(again.select("select[name=others[0].personId] option[selected]").val())
                .isEqualTo(coordinator.toString());
        assertThat(again.select("select[name=others[0].substituteFor] option[selected]").val())
                .isEqualTo(rowan.toString());

        var rows = Jsoup.parse(mvc.perform(get("/meetings/" + meeting.id()).with(users.as("ene.homes"))).andReturn()
                .getResponse().getContentAsString()).select("table:has(caption:contains(Who attended)) tbody tr");
        assertThat(rows.eachText()).containsExactly(
                "East North East Area Community Safety Coordinator Present Katie Rowan",
                "Martyn Stenton Present", "Katie Rowan Apologies");
    }

    @Test
    void savingReplacesTheAttendanceRecordedBefore() throws Exception {
        Body body = data.leedsBody("Replacing group");
        data.seat(body, "Martyn Stenton");
        Meeting meeting = data.pastMeeting(body);
        UUID stenton = data.person("Martyn Stenton");
        recorder.recordAttendance(null, meeting.id(), List.of(
                new Attendance(meeting.id(), stenton, AttendanceStatus.ABSENT, null),
                new Attendance(meeting.id(), data.person("Katie Rowan"), AttendanceStatus.PRESENT, null)));
        mvc.perform(post("/meetings/" + meeting.id() + "/attendance").with(csrf()).with(users.as("mstenton"))
                .param("member[" + stenton + "]", "PRESENT")).andReturn();
        assertThat(status(meeting, stenton)).isEqualTo("PRESENT");
        assertThat(data.count("meeting_attendance", meeting.id())).isEqualTo(1);
    }

    @Test
    void anOtherAttendeeWithoutAStatusOrASubstituteWhoWasNotPresentIsRefusedAndNothingChanges() throws Exception {
        Body body = data.leedsBody("Refusing group");
        data.seat(body, "Martyn Stenton");
        Meeting meeting = data.pastMeeting(body);
        UUID stenton = data.person("Martyn Stenton");
        UUID rowan = data.person("Katie Rowan");
        MvcResult noStatus = mvc.perform(post("/meetings/" + meeting.id() + "/attendance").with(csrf())
                .with(users.as("mstenton")).param("member[" + stenton + "]", "PRESENT")
                .param("others[0].personId", rowan.toString()).param("others[0].status", "")).andReturn();
        assertThat(noStatus.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(noStatus.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a[href=\"#others0.status\"]").text())
                .startsWith("Choose whether other attendee 1 was present");
        assertThat(page.getElementById("others0.status")).isNotNull();
        assertThat(page.select("input[name=member[" + stenton + "]][value=PRESENT]").hasAttr("checked")).isTrue();

        MvcResult absentSubstitute = mvc.perform(post("/meetings/" + meeting.id() + "/attendance").with(csrf())
                .with(users.as("mstenton")).param("others[0].personId", rowan.toString())
                .param("others[0].status", "ABSENT").param("others[0].substituteFor", stenton.toString()))
                .andReturn();
        assertThat(Jsoup.parse(absentSubstitute.getResponse().getContentAsString())
                .select(".govuk-error-summary a[href=\"#others0.substituteFor\"]").text())
                .startsWith("Only someone present can substitute");

        MvcResult twice = mvc.perform(post("/meetings/" + meeting.id() + "/attendance").with(csrf())
                .with(users.as("mstenton")).param("member[" + stenton + "]", "PRESENT")
                .param("others[0].personId", stenton.toString()).param("others[0].status", "PRESENT")).andReturn();
        assertThat(Jsoup.parse(twice.getResponse().getContentAsString()).select(".govuk-error-summary").text())
                .contains("Each person can be recorded only once");
        assertThat(data.count("meeting_attendance", meeting.id())).isZero();
    }
}
