package uk.saferhub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The structure an accessibility checker looks for, checked on every directory page without a browser: unique ids,
 * a label for every field, references that resolve, tables with captions and headers, headings in order.
 */
@SaferHubTest
class DirectoryPagesMarkupTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Test
    void everyDirectoryPageIsWellFormedForAssistiveTechnology() throws Exception {
        var data = new DirectoryTestData(jdbc, directory, users);
        String huntingdonshire = data.organisationId("Huntingdonshire District Council").toString();
        String wilson = data.personId("Mrs E Wilson").toString();
        List<MockHttpServletRequestBuilder> requests = List.of(
                get(URI.create("/directory/organisations?q=council")),
                get(URI.create("/directory/organisations/" + huntingdonshire)),
                get(URI.create("/directory/organisations/new")),
                get(URI.create("/directory/organisations/" + huntingdonshire + "/edit")),
                get(URI.create("/directory/people")),
                get(URI.create("/directory/people/" + wilson)),
                get(URI.create("/directory/people/new")),
                get(URI.create("/directory/people/" + wilson + "/edit")),
                get(URI.create("/directory/contacts")),
                post("/directory/organisations/new").with(csrf()).param("name", "").param("email", "x"),
                post("/directory/people/new").with(csrf()).param("name", "").param("roles[0].areaServed", "Leeds"));
        for (MockHttpServletRequestBuilder request : requests) {
            Document page = Jsoup.parse(mvc.perform(request.with(users.as("ewilson")))
                    .andReturn().getResponse().getContentAsString());
            assertThat(problems(page)).as(page.title()).isEmpty();
        }
    }

    private static List<String> problems(Document page) {
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
