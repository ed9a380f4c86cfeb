package uk.saferhub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDateTime;
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
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.NewMeeting;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyDetails;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.partnership.Tier;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The search finds only what its reader may see: intelligence never reaches a council, an organisation's own records
 * stay with it, and one partnership's records stay with its partners, on the page and in the API.
 */
@SaferHubTest
class SearchAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    PartnershipEditor editor;

    @Autowired
    MeetingScheduler scheduler;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    String word;

    @BeforeEach
    void setUp() {
        word = SearchPagesTests.uniqueWord();
    }

    Document page(String url, String user) throws Exception {
        MvcResult result = mvc.perform(get(url).with(users.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url + " as " + user).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    Body body(String name, String owner, HandlingLevel level) {
        Body body = editor.createBody(null, new BodyDetails(name, BodyType.OTHER, Tier.COUNTY, null, false, null,
                "Purpose: " + word + " tasking", organisation(owner), level, List.of()));
        scheduler.schedule(null, body.id(), new NewMeeting(word + " briefing", word + " review",
                LocalDateTime.of(2026, 1, 6, 10, 0), LocalDateTime.of(2026, 1, 6, 12, 0), "Headquarters"));
        return body;
    }

    UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }

    @Test
    void intelligenceNeverReachesACouncilButReachesThePoliceOfThePartnership() throws Exception {
        body("Intelligence cell " + word, "Cambridgeshire Constabulary", HandlingLevel.POLICE_ONLY);
        jdbc.sql("""
                insert into person (id, organisation_id, name, job_title, handling_level, created_at, updated_at)
                values (?, ?, ?, 'Covert source handler', 'POLICE_ONLY', now(), now())""")
                .params(UUID.randomUUID(), organisation("Cambridgeshire Constabulary"), "Handler " + word).update();

        Document police = page("/search?q=" + word, "cambs.analyst");
        assertThat(SearchPagesTests.titles(police, "bodies")).containsExactly("Intelligence cell " + word);
        assertThat(SearchPagesTests.titles(police, "meetings")).containsExactly(word + " briefing");
        assertThat(SearchPagesTests.titles(police, "people")).containsExactly("Handler " + word);

        for (String council : new String[] {"ewilson", "admin", "panel.member"}) {
            MvcResult result = mvc.perform(get("/search?q=" + word).with(users.as(council))).andReturn();
            String html = result.getResponse().getContentAsString();
            assertThat(Jsoup.parse(html).select("h2[id^=kind-]")).as(council).isEmpty();
            assertThat(html).as(council).contains("No results for ‘" + word + "’")
                    .doesNotContain("Intelligence cell", "Handler " + word, word + " briefing", "Covert source");
        }
        String json = mvc.perform(get("/api/v1/search?q=" + word).with(apiKeys.of("admin", Role.ADMINISTRATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"groups\":[]").doesNotContain("Intelligence cell", "Handler");
    }

    @Test
    void anOrganisationsOwnRecordsStayWithIt() throws Exception {
        body("Safer Leeds casework " + word, "Safer Leeds", HandlingLevel.AGENCY);
        assertThat(SearchPagesTests.titles(page("/search?q=" + word, "mstenton"), "bodies"))
                .containsExactly("Safer Leeds casework " + word);
        assertThat(SearchPagesTests.titles(page("/search?q=" + word, "krowan"), "meetings"))
                .containsExactly(word + " briefing");
        for (String partner : new String[] {"leeds.admin", "ene.homes", "ene.inspector"}) {
            assertThat(page("/search?q=" + word, partner).select("h2[id^=kind-]")).as(partner).isEmpty();
        }

        assertThat(SearchPagesTests.titles(page("/search?q=NPT Inspector&kind=people", "ene.inspector"), "people"))
                .contains("East North East NPT Inspector")
                .doesNotContain("West North West NPT Inspector", "South East NPT Inspector");
        assertThat(SearchPagesTests.titles(page("/search?q=NPT Inspector&kind=people", "mstenton"), "people"))
                .doesNotContain("East North East NPT Inspector", "West North West NPT Inspector");
    }

    @Test
    void onePartnershipsRecordsStayWithItsPartners() throws Exception {
        Document leeds = page("/search?q=East North East tasking", "mstenton");
        assertThat(SearchPagesTests.titles(leeds, "bodies")).contains("East North East local tasking group");
        assertThat(SearchPagesTests.titles(leeds, "minutes")).isNotEmpty();

        Document cambridgeshire = page("/search?q=East North East tasking", "ewilson");
        assertThat(cambridgeshire.select("h2[id^=kind-]").eachAttr("id"))
                .doesNotContain("kind-bodies", "kind-meetings", "kind-minutes", "kind-decisions", "kind-actions");
        assertThat(SearchPagesTests.titles(page("/search?q=\"Safer Leeds Executive\"", "herts.police"), "bodies"))
                .isEmpty();
    }
}
