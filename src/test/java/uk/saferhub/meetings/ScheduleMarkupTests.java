package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.meetings.internal.Attendance;
import uk.saferhub.meetings.internal.AttendanceStatus;
import uk.saferhub.partnership.Body;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class ScheduleMarkupTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ScheduleTestData data;

    @Autowired
    MeetingRecorder recorder;

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = AccessMatrix.forPage(mvc, () -> request).as(users.as("mstenton")).getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void everySchedulePageHasUniqueIdsLabelledFieldsAndErrorLinksThatLand() throws Exception {
        Body body = data.leedsBody("Markup tasking group");
        Meeting coming = data.meeting(body, 9, 10);
        Meeting held = data.heldMeeting(body);
        recorder.recordAttendance(null, held.id(), List.of(new Attendance(held.id(),
                data.person("Martyn Stenton"), AttendanceStatus.PRESENT, null)));
        data.meeting(body, -3, 10);
        String base = "/partnership/bodies/" + body.id();
        List<Document> pages = List.of(
                page(get("/meetings")),
                page(get(base + "/meetings")),
                page(get(base + "/cadence")),
                page(post(base + "/cadence").with(csrf()).param("kind", "FIXED_MONTHS")
                        .param("months[1].month", "MAY").param("startTime", "x").param("durationMinutes", "5")),
                page(post(base + "/cadence").with(csrf()).param("kind", "ANNUAL_WINDOW")
                        .param("startTime", "10:00").param("durationMinutes", "60")),
                page(get(base + "/meetings/new")),
                page(post(base + "/meetings/new").with(csrf()).param("date.day", "x")),
                page(get("/meetings/" + coming.id() + "/move")),
                page(post("/meetings/" + coming.id() + "/move").with(csrf()).param("date.day", "x")),
                page(get("/meetings/" + coming.id() + "/cancel")),
                page(post("/meetings/" + coming.id() + "/cancel").with(csrf())),
                page(post("/meetings/" + coming.id() + "/held").with(csrf())));
        for (Document page : pages) {
            String where = page.title();
            Set<String> ids = new HashSet<>();
            for (Element element : page.select("[id]")) {
                assertThat(ids.add(element.id())).as("duplicate id " + element.id() + " on " + where).isTrue();
            }
            for (Element label : page.select("label[for]")) {
                assertThat(ids).as("label for " + label.attr("for") + " on " + where).contains(label.attr("for"));
            }
            for (Element input : page.select("main input:not([type=hidden]), main select, main textarea")) {
                assertThat(page.select("label[for=" + input.id() + "]")).as("label of " + input.id() + " on " + where)
                        .isNotEmpty();
            }
            for (Element link : page.select(".govuk-error-summary a")) {
                assertThat(ids).as("error link " + link.attr("href") + " on " + where)
                        .contains(link.attr("href").substring(1));
            }
            for (Element described : page.select("[aria-describedby]")) {
                for (String id : described.attr("aria-describedby").split(" ")) {
                    assertThat(ids).as("aria-describedby " + id + " on " + where).contains(id);
                }
            }
            assertThat(page.select("main h1")).as("one h1 on " + where).hasSize(1);
            assertThat(page.select("[style]")).as("inline style on " + where).isEmpty();
            assertThat(page.select("table:not(:has(caption))")).as("table without caption on " + where).isEmpty();
        }
    }
}
