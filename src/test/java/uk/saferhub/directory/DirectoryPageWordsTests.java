package uk.saferhub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** The words directory pages build in Java (types, who may see a person, CSV headings) read as the messages say. */
@SaferHubTest
class DirectoryPageWordsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    DirectoryTestData data;

    @BeforeEach
    void setUp() {
        data = new DirectoryTestData(jdbc, directory, users);
    }

    private String body(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPersonsPageSaysWhoMaySeeThemInWords() throws Exception {
        Document page = Jsoup.parse(body("/directory/people/" + data.personId("Martyn Stenton"), "mstenton"));
        assertThat(page.select(".govuk-summary-list").text()).containsAnyOf("Public: anyone",
                "Partnership: organisations that share with theirs", "Agency: their own organisation only",
                "Police only: police organisations that share with theirs");
    }

    @Test
    void theFormsOfferTypesAndHandlingLevelsInWords() throws Exception {
        Document organisation = Jsoup.parse(body("/directory/organisations/new", "ewilson"));
        assertThat(organisation.select("select#type option").eachText())
                .contains("Arm's length management organisation (housing)", "Parish council");
        Document person = Jsoup.parse(body("/directory/people/new", "ewilson"));
        assertThat(person.select("select#handlingLevel option").eachText())
                .contains("Public: anyone", "Police only: police organisations that share with theirs");
    }

    @Test
    void thePeopleCsvHasItsHeadingsFromTheMessages() throws Exception {
        assertThat(body("/directory/people.csv", "mstenton").lines().findFirst())
                .contains("Name,Job title,Organisation,E-mail,Telephone,Handling level,Contact roles");
    }
}
