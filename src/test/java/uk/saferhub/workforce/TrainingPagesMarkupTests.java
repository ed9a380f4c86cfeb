package uk.saferhub.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.workforce.internal.Training;
import uk.saferhub.workforce.internal.TrainingRequirementDetails;

/**
 * The structure an accessibility checker looks for, on every training page filled in and in its error states, without
 * a browser: unique ids, a label for every field, references that resolve, tables with captions and headers, one h1
 * and headings in order.
 */
@SaferHubTest
class TrainingPagesMarkupTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    PlaceStore places;

    @Autowired
    Training training;

    @Test
    void everyTrainingPageIsWellFormedForAssistiveTechnology() throws Exception {
        var data = new TrainingTestData(jdbc, directory, places);
        LocalDate today = LocalDate.now();
        String topic = TrainingTestData.unique("Responsible dog ownership service agreement");
        UUID ward = data.ward(TrainingTestData.unique("St Neots Eynesbury"));
        UUID area = data.area(TrainingTestData.unique("St Neots"), List.of(ward));
        UUID trained = data.pcso(TrainingTestData.unique("Nat Trained"), TrainingTestData.CENTRAL_DIVISION);
        UUID untrained = data.pcso(TrainingTestData.unique("Oli Untrained"), TrainingTestData.CENTRAL_DIVISION);
        data.attach(trained, ward, today.minusMonths(2), null);
        data.attach(untrained, ward, today.minusMonths(2), null);
        UUID held = data.event(TrainingTestData.unique("Held training"), topic, today.minusDays(1),
                TrainingTestData.HUNTINGDONSHIRE);
        UUID coming = data.event(TrainingTestData.unique("Coming training"), topic, today.plusDays(9),
                TrainingTestData.HUNTINGDONSHIRE);
        data.attended(held, trained);
        jdbc.sql("insert into workforce_training_attendance (event_id, pcso_id, attended) values (?, ?, false)")
                .params(held, untrained).update();
        training.addRequirement(users.actor("ewilson"), new TrainingRequirementDetails(topic,
                "Service agreement pilot in St Neots", area, null));
        jdbc.sql("""
                insert into workforce_development_entry (id, pcso_id, entry_date, kind, note, written_by, created_at)
                values (?, ?, current_date, 'COURSE', 'First line\nSecond line', 'Sergeant', now())""")
                .params(UUID.randomUUID(), trained).update();

        Map<String, List<MockHttpServletRequestBuilder>> requests = Map.of(
                "ewilson", List.of(get("/workforce/training"), get("/workforce/training?topic=" + topic),
                        get("/workforce/training/" + held), get("/workforce/training/" + coming),
                        get("/workforce/training/new"), get("/workforce/training/" + held + "/edit"),
                        get("/workforce/training/requirements"), get("/workforce/pcsos/" + trained + "/training"),
                        get("/workforce/pcsos/" + untrained + "/training"),
                        post("/workforce/training/new").with(csrf()).param("title", "").param("heldOn.day", "x"),
                        post("/workforce/training/" + held + "/edit").with(csrf()).param("title", "<b>"),
                        post("/workforce/training/" + held + "/attendance").with(csrf()).param("attended", "x"),
                        post("/workforce/training/" + coming + "/attendance").with(csrf()),
                        post("/workforce/training/requirements").with(csrf()).param("topic", "")
                                .param("areaId", "x").param("schemeId", "y")),
                "central.sergeant", List.of(get("/workforce/pcsos/" + trained + "/development"),
                        get("/workforce/pcsos/" + untrained + "/development"),
                        get("/workforce/training/requirements"),
                        post("/workforce/pcsos/" + trained + "/development").with(csrf()).param("note", "<i>")
                                .param("kind", "X")));
        for (var entry : requests.entrySet()) {
            for (MockHttpServletRequestBuilder request : entry.getValue()) {
                MvcResult result = mvc.perform(request.with(users.as(entry.getKey()))).andReturn();
                Document page = Jsoup.parse(result.getResponse().getContentAsString());
                String what = result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " as "
                        + entry.getKey();
                assertThat(result.getResponse().getStatus()).as(what).isEqualTo(200);
                assertThat(problems(page)).as(what).isEmpty();
                if (result.getRequest().getMethod().equals("POST")) {
                    assertThat(page.title()).as(what).startsWith("Error: ");
                    assertThat(page.select(".govuk-error-summary")).as(what).hasSize(1);
                }
            }
        }
    }

    static List<String> problems(Document page) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            if (!ids.add(element.id())) {
                problems.add("duplicate id " + element.id());
            }
        }
        for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
            if (page.select("label[for='" + field.id() + "']").isEmpty()) {
                problems.add("no label for " + field.attr("name"));
            }
        }
        for (Element described : page.select("[aria-describedby]")) {
            for (String id : described.attr("aria-describedby").trim().split("\\s+")) {
                if (!id.isEmpty() && !ids.contains(id)) {
                    problems.add("aria-describedby names a missing id " + id);
                }
            }
        }
        for (Element link : page.select("a[href^=#]")) {
            String target = link.attr("href").substring(1);
            if (!target.isEmpty() && !ids.contains(target)) {
                problems.add("link to a missing id " + target);
            }
        }
        for (Element table : page.select("table")) {
            if (table.select("caption").isEmpty() || table.select("th[scope]").isEmpty()) {
                problems.add("table without a caption or headers");
            }
        }
        if (page.select("h1").size() != 1) {
            problems.add("not exactly one h1");
        }
        int previous = 1;
        for (Element heading : page.select("main h1, main h2, main h3, main h4")) {
            int level = Integer.parseInt(heading.tagName().substring(1));
            if (level > previous + 1) {
                problems.add("heading skips a level: " + heading.text());
            }
            previous = level;
        }
        return problems;
    }
}
