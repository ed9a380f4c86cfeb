package uk.saferhub.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * No link in a body's page's tables leads to a page its reader will be refused: a member the reader may not see is
 * named as such, without a link, while every member they may see links to their seats.
 */
@SaferHubTest
class PersonLinksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @CsvSource({"mstenton, East North East local tasking group", "ene.homes, East North East local tasking group",
            "mstenton, South East local tasking group", "ene.homes, South East local tasking group"})
    void everyPersonLinkOnABodysPageLeadsToAPageItsReaderMaySee(String user, String bodyName) throws Exception {
        UUID body = jdbc.sql("select id from partnership_body where name = ?").param(bodyName).query(UUID.class)
                .single();
        Document page = page("/partnership/bodies/" + body, user, 200);
        List<String> links = new ArrayList<>();
        for (Element link : page.select("main table a[href^=/partnership/]")) {
            links.add(link.attr("href"));
            page(link.attr("href"), user, 200);
        }
        for (Element cell : page.select("main td:first-child:contains(A person not shown to you)")) {
            assertThat(cell.select("a")).as("a hidden person is not linked").isEmpty();
        }
        assertThat(links.size() + page.select("main td:first-child:contains(A person not shown to you)").size())
                .as("members listed").isPositive();
    }

    private Document page(String url, String user, int status) throws Exception {
        var response = mvc.perform(get(url).with(users.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(status);
        return Jsoup.parse(response.getContentAsString());
    }
}
