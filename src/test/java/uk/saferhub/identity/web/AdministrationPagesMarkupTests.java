package uk.saferhub.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.identity.TestAccounts;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The administration pages, in their plain and error states, keep the structure assistive technology relies on: one
 * h1, unique ids, every field labelled, error and hint references that resolve, tables with captions and headers.
 */
@SaferHubTest
class AdministrationPagesMarkupTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyAdministrationPageIsStructuredForAssistiveTechnology() throws Exception {
        UUID ewilson = TestAccounts.idOf(jdbc, "ewilson");
        check(get("/account/password").with(users.as("ewilson")));
        check(post("/account/password").with(users.as("ewilson")).with(csrf()).param("newPassword", "short"));
        check(get("/admin/users").with(users.as("admin")));
        check(get("/admin/users/new").with(users.as("admin")));
        check(post("/admin/users").with(users.as("admin")).with(csrf()).param("username", "no good!"));
        check(get("/admin/users/" + ewilson).with(users.as("admin")));
        check(post("/admin/users/" + ewilson + "/roles").with(users.as("admin")).with(csrf()));
        check(post("/admin/users/" + ewilson + "/password").with(users.as("admin")).with(csrf()));
        check(get("/admin/api-keys").with(users.as("admin")));
        check(post("/admin/api-keys").with(users.as("admin")).with(csrf()));
        check(get("/admin/audit").with(users.as("admin")));
        check(get("/admin/audit").with(users.as("admin")).param("from.day", "31").param("from.month", "2").param("from.year", "2026"));
        check(get("/admin/audit/verify").with(users.as("admin")));
    }

    private void check(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        String where = request.toString();

        assertThat(page.select("h1")).as("one h1 on %s", where).hasSize(1);
        var ids = new HashSet<String>();
        for (Element element : page.select("[id]")) {
            assertThat(ids.add(element.id())).as("id %s is unique on %s", element.id(), where).isTrue();
        }
        for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
            assertThat(page.select("label[for=" + field.id() + "]"))
                    .as("field %s is labelled on %s", field.attr("name"), where).isNotEmpty();
        }
        for (Element described : page.select("[aria-describedby]")) {
            for (String id : described.attr("aria-describedby").trim().split("\\s+")) {
                if (!id.isEmpty()) {
                    assertThat(ids).as("aria-describedby %s resolves on %s", id, where).contains(id);
                }
            }
        }
        for (Element link : page.select(".govuk-error-summary a[href^=#]")) {
            assertThat(ids).as("error link %s has a target on %s", link.attr("href"), where)
                    .contains(link.attr("href").substring(1));
        }
        for (Element table : page.select("table")) {
            assertThat(table.select("caption")).as("table caption on %s", where).isNotEmpty();
            assertThat(table.select("thead th[scope=col]")).as("column headers on %s", where).isNotEmpty();
        }
    }
}
