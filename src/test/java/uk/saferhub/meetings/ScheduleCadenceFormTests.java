package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.meetings.internal.Cadence;
import uk.saferhub.meetings.internal.CadenceMonth;
import uk.saferhub.partnership.Body;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class ScheduleCadenceFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ScheduleTestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeetingScheduler scheduler;

    static MockHttpServletRequestBuilder everyWeeks(Body body, String weeks, LocalDate anchor) {
        return post("/partnership/bodies/" + body.id() + "/cadence").with(csrf()).param("kind", "EVERY_N_WEEKS")
                .param("intervalWeeks", weeks).param("anchor.day", String.valueOf(anchor.getDayOfMonth()))
                .param("anchor.month", String.valueOf(anchor.getMonthValue()))
                .param("anchor.year", String.valueOf(anchor.getYear())).param("startTime", "10:00")
                .param("durationMinutes", "120").param("location", "Pathways Centre");
    }

    MvcResult as(String user, MockHttpServletRequestBuilder request) {
        return AccessMatrix.forPage(mvc, () -> request).as(users.as(user));
    }

    List<ZonedDateTime> starts(Body body) {
        return jdbc.sql("select starts_at from meeting where body_id = ? and from_cadence order by starts_at")
                .param(body.id().value())
                .query((rs, row) -> rs.getTimestamp(1).toInstant().atZone(ScheduleTestData.LONDON)).list();
    }

    @Test
    void onlyCoordinatorsOfTheBodysPartnershipMaySetHowOftenItMeets() throws Exception {
        Body body = data.leedsBody("Guarded tasking group");
        AccessMatrix.forPage(mvc, "/partnership/bodies/" + body.id() + "/cadence")
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("krowan"), users.as("ene.homes"), users.as("panel.member"))
                .notFoundFor(users.as("herts.coordinator"), users.as("ewilson"))
                .okFor(users.as("mstenton"), users.as("leeds.admin"));
        LocalDate anchor = ScheduleTestData.today().plusDays(3);
        AccessMatrix.forPage(mvc, () -> everyWeeks(body, "6", anchor))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("krowan"), users.as("ene.homes"))
                .notFoundFor(users.as("herts.coordinator"));
        assertThat(data.cadences(body)).isZero();
        assertThat(data.meetings(body)).isZero();
    }

    @Test
    void aSixWeeklyCadenceSchedulesTheComingTwelveMonthsAndSaysWhatItDid() throws Exception {
        Body body = data.leedsBody("Six-weekly tasking group");
        LocalDate anchor = ScheduleTestData.today().plusDays(3);
        MvcResult result = as("mstenton", everyWeeks(body, "6", anchor));
        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/partnership/bodies/" + body.id() + "/meetings");
        assertThat((String) result.getFlashMap().get("success"))
                .contains("Every 6 weeks on", "10:00 to 12:00", "9 meetings added, 0 kept, 0 removed and 0 cancelled");
        List<ZonedDateTime> starts = starts(body);
        assertThat(starts).hasSize(9);
        for (int i = 0; i < starts.size(); i++) {
            assertThat(starts.get(i).toLocalDate()).isEqualTo(anchor.plusWeeks(6L * i));
            assertThat(starts.get(i).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        }
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'meeting-cadence' and record_id = ?")
                .param(body.id().toString()).query(Long.class).single()).isEqualTo(1);

        Document schedule = Jsoup.parse(AccessMatrix.forPage(mvc, "/partnership/bodies/" + body.id() + "/meetings")
                .as(users.as("ene.homes")).getResponse().getContentAsString());
        assertThat(schedule.select("#cadence").text()).startsWith("Every 6 weeks on");
        assertThat(schedule.select("table").first().select("tbody tr")).hasSize(9);

        Document form = Jsoup.parse(AccessMatrix.forPage(mvc, "/partnership/bodies/" + body.id() + "/cadence")
                .as(users.as("mstenton")).getResponse().getContentAsString());
        assertThat(form.select("input#kind").hasAttr("checked")).isTrue();
        assertThat(form.select("#intervalWeeks").val()).isEqualTo("6");
        assertThat(form.select("[id=\"anchor.year\"]").val()).isEqualTo(String.valueOf(anchor.getYear()));
        assertThat(form.select("#startTime").val()).isEqualTo("10:00");
        assertThat(form.select("#location").val()).isEqualTo("Pathways Centre");
    }

    @Test
    void meetingsInFixedMonthsCarryTheirPurposes() throws Exception {
        Body body = data.leedsBody("Strategy board");
        MvcResult result = as("mstenton", post("/partnership/bodies/" + body.id() + "/cadence").with(csrf())
                .param("kind", "FIXED_MONTHS")
                .param("months[0].month", "SEPTEMBER").param("months[0].week", "2").param("months[0].day", "TUESDAY")
                .param("months[0].purpose", "Set strategic goals")
                .param("months[2].month", "MARCH").param("months[2].week", "2").param("months[2].day", "TUESDAY")
                .param("months[2].purpose", "Review progress")
                .param("intervalWeeks", "not read for this kind")
                .param("startTime", "14:00").param("durationMinutes", "120"));
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/meetings");
        List<String> purposes = jdbc.sql("select purpose from meeting where body_id = ? order by starts_at")
                .param(body.id().value()).query(String.class).list();
        assertThat(purposes).contains("Set strategic goals", "Review progress").hasSizeBetween(2, 3)
                .allMatch(purpose -> purpose.equals("Set strategic goals") || purpose.equals("Review progress"));
        Document form = Jsoup.parse(AccessMatrix.forPage(mvc, "/partnership/bodies/" + body.id() + "/cadence")
                .as(users.as("mstenton")).getResponse().getContentAsString());
        assertThat(form.select("input#kind-2").hasAttr("checked")).isTrue();
        assertThat(form.select("[id=\"months0.month\"] option[selected]").val()).isEqualTo("MARCH");
        assertThat(form.select("[id=\"months0.purpose\"]").val()).isEqualTo("Review progress");
        assertThat(form.select("[id=\"months1.month\"] option[selected]").val()).isEqualTo("SEPTEMBER");
        assertThat(form.select("[id=\"months1.week\"] option[selected]").text()).isEqualTo("Second");
    }

    @Test
    void aCadenceOfMoreMonthsThanTheFormOffersShowsThemAll() throws Exception {
        Body body = data.leedsBody("Bi-monthly board");
        List<CadenceMonth> months = java.util.stream.Stream.of(Month.JANUARY, Month.MARCH, Month.MAY, Month.JULY,
                Month.SEPTEMBER, Month.NOVEMBER).map(month -> new CadenceMonth(month, 1, DayOfWeek.MONDAY)).toList();
        scheduler.setCadence(null, body.id(), Cadence.inMonths(months, LocalTime.of(9, 30), 90, null));
        Document form = Jsoup.parse(AccessMatrix.forPage(mvc, "/partnership/bodies/" + body.id() + "/cadence")
                .as(users.as("mstenton")).getResponse().getContentAsString());
        assertThat(form.select("select[id$=.month] option[selected]").eachAttr("value"))
                .containsExactly("JANUARY", "MARCH", "MAY", "JULY", "SEPTEMBER", "NOVEMBER");
        assertThat(form.select("#startTime").val()).isEqualTo("09:30");
    }

    @Test
    void aCadenceLeavingAYearWithoutAMeetingIsRefusedBesideItsFieldAndNothingChanges() throws Exception {
        Body body = data.leedsBody("Rare tasking group");
        MvcResult result = as("mstenton", everyWeeks(body, "60", ScheduleTestData.today().plusDays(3)));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a[href='#intervalWeeks']").text())
                .contains("would leave a year with no meeting");
        assertThat(page.select("#intervalWeeks-error").text()).contains("would leave a year with no meeting");
        assertThat(page.select("#intervalWeeks").val()).isEqualTo("60");
        assertThat(data.cadences(body)).isZero();
        assertThat(data.meetings(body)).isZero();
    }

    @Test
    void aMonthRowMissingItsWeekIsRefusedAtThatRowsWeek() throws Exception {
        Body body = data.leedsBody("Half-filled board");
        MvcResult result = as("mstenton", post("/partnership/bodies/" + body.id() + "/cadence").with(csrf())
                .param("kind", "FIXED_MONTHS")
                .param("months[1].month", "SEPTEMBER").param("months[1].day", "TUESDAY")
                .param("startTime", "14:00").param("durationMinutes", "120"));
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        var link = page.select(".govuk-error-summary a");
        assertThat(link.attr("href")).isEqualTo("#months1.week");
        assertThat(link.text()).isEqualTo("Select the first, second, third, fourth or last week of September");
        assertThat(page.select("select[id=\"months1.week\"]")).hasSize(1);
        assertThat(page.select("[id=\"months1.week-error\"]").text()).contains("fourth or last week of September");
        assertThat(data.cadences(body)).isZero();
    }

    @Test
    void unreadableTimesNoKindAndALocationOfTwoLinesAreRefusedWithTheirOwnMessages() throws Exception {
        Body body = data.leedsBody("Careless tasking group");
        MvcResult result = as("mstenton", post("/partnership/bodies/" + body.id() + "/cadence").with(csrf())
                .param("startTime", "ten o'clock").param("durationMinutes", "two hours")
                .param("location", "Civic Hall\nRoom 2").param("months[7].month", "MAY"));
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .contains("#kind", "#startTime", "#durationMinutes", "#location");
        assertThat(page.select(".govuk-error-summary a[href=#location]").text())
                .isEqualTo("Remove the line breaks: this field takes a single line");
        assertThat(page.select("input#kind")).hasSize(1);
        assertThat(data.cadences(body)).isZero();
    }

    @Test
    void aLocationWithAngleBracketsIsNoLongerRefusedButShownBackAsTypedWhileTheRestIsRefused() throws Exception {
        Body body = data.leedsBody("Bracketed tasking group");
        String location = "<b>Room</b> <script>alert(1)</script>";
        MvcResult result = as("mstenton", post("/partnership/bodies/" + body.id() + "/cadence").with(csrf())
                .param("startTime", "ten o'clock").param("durationMinutes", "120").param("location", location));
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).contains("#kind", "#startTime")
                .doesNotContain("#location");
        assertThat(page.select("#location").val()).isEqualTo(location);
        assertThat(page.select("main b, script:containsData(alert(1))")).isEmpty();
        assertThat(data.cadences(body)).isZero();
    }

    @Test
    void aLocationWithAngleBracketsIsSavedAsTypedAndShownEscaped() throws Exception {
        Body body = data.leedsBody("Angled tasking group");
        String location = "<script>alert(1)</script> Room <5 & \"B\"";
        LocalDate anchor = ScheduleTestData.today().plusDays(3);
        MvcResult result = as("mstenton", post("/partnership/bodies/" + body.id() + "/cadence").with(csrf())
                .param("kind", "EVERY_N_WEEKS").param("intervalWeeks", "6")
                .param("anchor.day", String.valueOf(anchor.getDayOfMonth()))
                .param("anchor.month", String.valueOf(anchor.getMonthValue()))
                .param("anchor.year", String.valueOf(anchor.getYear())).param("startTime", "10:00")
                .param("durationMinutes", "120").param("location", location));
        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/partnership/bodies/" + body.id() + "/meetings");
        assertThat(jdbc.sql("select distinct location from meeting where body_id = ? and from_cadence")
                .param(body.id().value()).query(String.class).list()).containsExactly(location);

        String html = AccessMatrix.forPage(mvc, "/partnership/bodies/" + body.id() + "/cadence")
                .as(users.as("mstenton")).getResponse().getContentAsString();
        Document form = Jsoup.parse(html);
        assertThat(form.select("#location").val()).isEqualTo(location);
        assertThat(form.select("script:containsData(alert(1))")).isEmpty();
        assertThat(html).doesNotContain("<script>alert(1)");

        String scheduleHtml = AccessMatrix.forPage(mvc, "/partnership/bodies/" + body.id() + "/meetings")
                .as(users.as("ene.homes")).getResponse().getContentAsString();
        Document schedule = Jsoup.parse(scheduleHtml);
        assertThat(schedule.select("script:containsData(alert(1))")).isEmpty();
        assertThat(scheduleHtml).doesNotContain("<script>alert(1)");
        assertThat(schedule.select("table").first().text()).contains(location);
        assertThat(scheduleHtml).contains("&lt;script&gt;alert(1)&lt;/script&gt; Room &lt;5 &amp;");
    }

    @Test
    void anAnnualWindowIsScheduledProvisionallyOnItsDay() throws Exception {
        Body body = data.leedsBody("Review board");
        MvcResult result = as("mstenton", post("/partnership/bodies/" + body.id() + "/cadence").with(csrf())
                .param("kind", "ANNUAL_WINDOW").param("windowMonth", "SEPTEMBER").param("windowWeek", "1")
                .param("windowDay", "WEDNESDAY").param("windowPurpose", "Strategic review")
                .param("windowEnd", "OCTOBER").param("startTime", "10:00").param("durationMinutes", "180"));
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/meetings");
        List<String> windows = jdbc.sql("select window_text from meeting where body_id = ?")
                .param(body.id().value()).query(String.class).list();
        assertThat(windows).isNotEmpty().allMatch(text -> text.equals("to be held between September and October"));

        MvcResult refused = as("mstenton", post("/partnership/bodies/" + body.id() + "/cadence").with(csrf())
                .param("kind", "ANNUAL_WINDOW").param("windowMonth", "SEPTEMBER").param("windowWeek", "1")
                .param("windowDay", "WEDNESDAY").param("startTime", "10:00").param("durationMinutes", "180"));
        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#windowEnd");
        assertThat(jdbc.sql("select count(*) from meeting where body_id = ?").param(body.id().value())
                .query(Long.class).single()).isEqualTo(windows.size());
    }
}
