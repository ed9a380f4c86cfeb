package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.meetings.internal.Attendance;
import uk.saferhub.meetings.internal.AttendanceStatus;
import uk.saferhub.partnership.Body;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class SchedulePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ScheduleTestData data;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    MeetingRecorder recorder;

    @Autowired
    uk.saferhub.directory.Directory directory;

    Document page(String url, String user) throws Exception {
        var response = AccessMatrix.forPage(mvc, url).as(users.as(user)).getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void theMeetingsListIsForEverySignedInPartner() throws Exception {
        AccessMatrix.forPage(mvc, "/meetings")
                .anonymousRedirectsToSignIn()
                .okFor(users.as("ene.homes"), users.as("panel.member"), users.as("mstenton"),
                        users.as("herts.coordinator"));
    }

    @Test
    void theMeetingsListShowsACancelledMeetingWithItsReasonAndAMovedOneWithWhereItCameFrom() throws Exception {
        Body body = data.leedsBody("Listed tasking group");
        Meeting cancelled = data.meeting(body, 5, 10);
        Meeting moved = data.meeting(body, 6, 14);
        Meeting kept = data.meeting(body, 7, 9);
        scheduler.cancel(null, cancelled.id(), "Not quorate: too many apologies");
        scheduler.move(null, moved.id(), moved.start().toLocalDateTime().plusDays(2),
                moved.end().toLocalDateTime().plusDays(2), null, "The chair is on leave");

        Document list = page("/meetings", "ene.homes");
        assertThat(list.select("table caption").text()).isEqualTo("Meetings by date");
        var row = list.select("tr:has(a[href='/meetings/" + cancelled.id() + "'])");
        assertThat(row.select("strong.govuk-tag").text()).isEqualTo("Cancelled");
        assertThat(row.text()).contains(body.name(), "Cancelled: Not quorate: too many apologies", "Tasking",
                "Pathways Centre");
        var movedRow = list.select("tr:has(a[href='/meetings/" + moved.id() + "'])");
        assertThat(movedRow.select("strong.govuk-tag").text()).isEqualTo("Moved");
        assertThat(movedRow.text()).contains("Moved from " + ScheduleTestData.at(moved), "The chair is on leave");
        assertThat(list.select("a[href='/meetings/" + kept.id() + "']").text())
                .isEqualTo(ScheduleTestData.when(kept));
        assertThat(list.select("a[href='/actions']")).isNotEmpty();

        assertThat(page("/meetings?body=" + body.id(), "mstenton").select("tbody tr")).hasSize(3);
        assertThat(page("/meetings", "herts.coordinator").text()).doesNotContain(body.name());
        AccessMatrix.forPage(mvc, "/meetings?body=" + body.id()).notFoundFor(users.as("herts.coordinator"));
    }

    @Test
    void theMeetingsListCoversTheChosenPeriod() throws Exception {
        Body body = data.leedsBody("Period tasking group");
        Meeting soon = data.meeting(body, 10, 10);
        Meeting later = data.meeting(body, 80, 10);
        String eight = page("/meetings?body=" + body.id(), "mstenton").html();
        assertThat(eight).contains(soon.id().toString()).doesNotContain(later.id().toString());
        java.time.LocalDate today = ScheduleTestData.today();
        java.time.LocalDate yearOn = today.plusDays(100);
        String twelveMonths = page("/meetings?body=" + body.id() + "&to.day=" + yearOn.getDayOfMonth() + "&to.month="
                + yearOn.getMonthValue() + "&to.year=" + yearOn.getYear(), "mstenton").html();
        assertThat(twelveMonths).contains(soon.id().toString(), later.id().toString());
        java.time.LocalDate seventy = today.plusDays(70);
        String fromLater = page("/meetings?body=" + body.id() + "&from.day=" + seventy.getDayOfMonth()
                + "&from.month=" + seventy.getMonthValue() + "&from.year=" + seventy.getYear(), "mstenton").html();
        assertThat(fromLater).contains(later.id().toString()).doesNotContain(soon.id().toString());
    }

    @Test
    void everySignedInUserHasMeetingsInTheNavigation() throws Exception {
        Document home = page("/", "ene.homes");
        assertThat(home.select(".govuk-service-navigation a[href='/meetings']").text()).isEqualTo("Meetings");
    }

    @Test
    void aBodysScheduleIsReadByItsPartnershipAndHiddenFromOthers() throws Exception {
        Body body = data.leedsBody("Readable tasking group");
        String url = "/partnership/bodies/" + body.id() + "/meetings";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .notFoundFor(users.as("herts.coordinator"), users.as("ewilson"))
                .okFor(users.as("ene.homes"), users.as("krowan"), users.as("mstenton"), users.as("leeds.admin"));
        AccessMatrix.forPage(mvc, "/partnership/bodies/" + UUID.randomUUID() + "/meetings")
                .notFoundFor(users.as("mstenton"));
        AccessMatrix.forPage(mvc, "/partnership/bodies/not-an-id/meetings").notFoundFor(users.as("mstenton"));

        Document reader = page(url, "ene.homes");
        assertThat(reader.select("#cadence").text()).isEqualTo("No cadence set");
        assertThat(reader.select("a[href='/calendars?subject=BODY&id=" + body.id() + "']").text())
                .isEqualTo("Subscribe in your calendar");
        assertThat(reader.select("a[href$='/cadence'], a[href$='/meetings/new']")).isEmpty();
        Document editor = page(url, "mstenton");
        assertThat(editor.select("a[href='" + url.replace("/meetings", "/cadence") + "']").text())
                .isEqualTo("Set how often it meets");
        assertThat(editor.select("a[href='" + url + "/new']").text()).isEqualTo("Add a meeting");
        assertThat(page("/partnership/bodies/" + body.id(), "ene.homes").select("a[href='" + url + "']").text())
                .isEqualTo("Meetings");
    }

    @Test
    void aBodysScheduleSplitsComingAndPastMeetingsAndOffersEditorsTheirChanges() throws Exception {
        Body body = data.leedsBody("Split tasking group");
        Meeting coming = data.meeting(body, 14, 10);
        Meeting held = data.heldMeeting(body);
        Meeting unrecorded = data.meeting(body, -3, 10);
        Document schedule = page("/partnership/bodies/" + body.id() + "/meetings", "mstenton");
        var tables = schedule.select("table.govuk-table");
        assertThat(tables.get(0).select("caption").text()).isEqualTo("Meetings in the next twelve months");
        assertThat(tables.get(0).html()).contains(coming.id().toString()).doesNotContain(held.id().toString());
        assertThat(tables.get(0).select("a[href='/meetings/" + coming.id() + "/move']").text()).startsWith("Move");
        assertThat(tables.get(1).select("tr:has(a[href='/meetings/" + held.id() + "']) strong.govuk-tag").text())
                .isEqualTo("Held");
        var unrecordedRow = tables.get(1).select("tr:has(a[href='/meetings/" + unrecorded.id() + "'])");
        assertThat(unrecordedRow.select("strong.govuk-tag").text()).isEqualTo("Not recorded");
        assertThat(unrecordedRow.select("form[action='/meetings/" + unrecorded.id() + "/held'] button").text())
                .startsWith("Record as held");
        assertThat(page("/partnership/bodies/" + body.id() + "/meetings", "ene.homes").select("form")
                .stream().filter(form -> form.attr("action").endsWith("/held")).toList()).isEmpty();
    }

    @Test
    void attendanceIsChartedAndTabulatedLeavingOutCancelledMeetings() throws Exception {
        Body body = data.leedsBody("Attended tasking group");
        UUID martyn = data.person("Martyn Stenton");
        UUID katie = data.person("Katie Rowan");
        Meeting held = data.heldMeeting(body);
        recorder.recordAttendance(null, held.id(), List.of(
                new Attendance(held.id(), martyn, AttendanceStatus.PRESENT, null),
                new Attendance(held.id(), katie, AttendanceStatus.APOLOGIES, null)));
        Meeting second = data.meeting(body, -14, 10);
        recorder.recordAttendance(null, second.id(), List.of(
                new Attendance(second.id(), martyn, AttendanceStatus.PRESENT, null),
                new Attendance(second.id(), katie, AttendanceStatus.PRESENT, null)));
        Meeting dropped = data.meeting(body, -21, 10);
        recorder.recordAttendance(null, dropped.id(), List.of(
                new Attendance(dropped.id(), martyn, AttendanceStatus.ABSENT, null)));
        scheduler.cancel(null, dropped.id(), "Room flooded");

        Document schedule = page("/partnership/bodies/" + body.id() + "/meetings", "ene.homes");
        assertThat(schedule.text()).contains("Cancelled meetings are left out");
        var table = schedule.select("table#attendance");
        assertThat(table.select("caption").text()).contains("cancelled meetings left out");
        assertThat(table.select("tbody tr:has(th:contains(Martyn Stenton)) td").eachText())
                .containsExactly("2", "0", "0", "100%");
        assertThat(table.select("tbody tr:has(th:contains(Katie Rowan)) td").eachText())
                .containsExactly("1", "1", "0", "50%");
        var chart = schedule.select("figure svg[role=img]");
        assertThat(chart.select("title#attendance-chart-title").text()).isEqualTo("Attendance chart");
        assertThat(chart.select("g.attendance-person title").eachText())
                .containsExactly("Katie Rowan: 1 present, 1 apologies, 0 absent",
                        "Martyn Stenton: 2 present, 0 apologies, 0 absent");
        assertThat(schedule.select("[style]")).isEmpty();
    }

    @Test
    void aPersonsNameWithMarkupAmpersandsAndQuotesIsChartedAsTextAndNeverAsElements() throws Exception {
        Body body = data.leedsBody("Escaped tasking group");
        String name = "<script>alert(1)</script> & \"Jo\" O'Neil " + UUID.randomUUID().toString().substring(0, 4);
        UUID person = directory.createPerson(new uk.saferhub.directory.PersonDetails(
                directory.organisationNamed("Safer Leeds").orElseThrow().id(), name, null, null, null,
                uk.saferhub.shared.access.HandlingLevel.PARTNERSHIP, List.of())).id();
        Meeting held = data.heldMeeting(body);
        recorder.recordAttendance(null, held.id(), List.of(
                new Attendance(held.id(), person, AttendanceStatus.PRESENT, null)));

        String html = AccessMatrix.forPage(mvc, "/partnership/bodies/" + body.id() + "/meetings")
                .as(users.as("ene.homes")).getResponse().getContentAsString();
        Document schedule = Jsoup.parse(html);
        var chart = schedule.selectFirst("figure svg[role=img]");
        assertThat(chart).isNotNull();
        assertThat(schedule.select("script:containsData(alert)")).isEmpty();
        var row = chart.selectFirst("g.attendance-person");
        assertThat(row.children().stream().map(org.jsoup.nodes.Element::tagName).distinct().toList())
                .allMatch(tag -> List.of("title", "rect", "text").contains(tag));
        assertThat(row.selectFirst("title").text()).isEqualTo(name + ": 1 present, 0 apologies, 0 absent");
        assertThat(row.select("text").first().text()).isEqualTo(name.substring(0, 18) + "…");
        assertThat(schedule.select("table#attendance tbody th").eachText()).containsExactly(name);
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(svg).doesNotContain("<script", "\"Jo\"", "O'Neil")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Jo&quot; O&#39;Neil",
                        ">&lt;script&gt;alert(1)&lt;/…</text>");
    }
}
