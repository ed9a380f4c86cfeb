package uk.saferhub.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.saferhub.directory.Directory;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * Co-chairs (and chairs) of a body the reader works with are visible to them: the East North East tasking group's
 * police co-chair, kept to his own organisation (AGENCY), is seen and linked by the Safer Leeds coordinator, whose
 * organisation sits on the group, and stays hidden from readers with no seat on it; a member who does not chair
 * stays hidden, and seeing a chair gives no right to change their record.
 */
@SaferHubTest
class ChairVisibilityTests {

    static final String BODY = "East North East local tasking group";
    static final String CO_CHAIR = "East North East NPT Inspector";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Test
    void theCoordinatorWhoseOrganisationSitsOnTheGroupSeesAndOpensThePoliceCoChair() throws Exception {
        UUID inspector = person(CO_CHAIR);
        assertThat(directory.peopleVisibleTo(users.actor("mstenton")))
                .anySatisfy(person -> assertThat(person.id()).isEqualTo(inspector));
        Document page = page("/directory/people/" + inspector, "mstenton", 200);
        assertThat(page.select("h1").text()).contains(CO_CHAIR);
        assertThat(page.select("a[href$=/edit]")).as("seen as a chair, not theirs to change").isEmpty();
        page("/partnership/people/" + inspector + "/seats", "mstenton", 200);
        page("/directory/people/" + inspector + "/edit", "mstenton", 404);
    }

    @Test
    void theDirectoryListsAndExportsTheCoChairForTheCoordinatorOnly() throws Exception {
        UUID inspector = person(CO_CHAIR);
        Document list = page("/directory/people?q=inspector", "mstenton", 200);
        assertThat(list.select("main table a[href=/directory/people/" + inspector + "]").text()).isEqualTo(CO_CHAIR);
        var csv = mvc.perform(get("/directory/people.csv").with(users.as("mstenton"))).andReturn()
                .getResponse();
        assertThat(csv.getContentAsString()).contains(CO_CHAIR);

        Document forTheAlmo = page("/directory/people?q=inspector", "ene.homes", 200);
        assertThat(forTheAlmo.text()).doesNotContain(CO_CHAIR);
    }

    @Test
    void theBodyPageLinksTheCoChairForTheCoordinator() throws Exception {
        UUID inspector = person(CO_CHAIR);
        Document page = page("/partnership/bodies/" + body(BODY), "mstenton", 200);
        assertThat(page.select("main table a[href=/partnership/people/" + inspector + "/seats]").text())
                .isEqualTo(CO_CHAIR);
    }

    @Test
    void theMeetingPageNamesTheCoChairPresentForTheCoordinatorOnly() throws Exception {
        UUID meeting = jdbc.sql("""
                        select m.id from meeting m join partnership_body b on b.id = m.body_id
                         where b.name = ? and (m.starts_at at time zone 'Europe/London')::date = date '2011-11-15'""")
                .param(BODY).query(UUID.class).single();
        Document forCoordinator = page("/meetings/" + meeting, "mstenton", 200);
        assertThat(forCoordinator.select("main table td").eachText()).contains(CO_CHAIR);
        Document forTheAlmo = page("/meetings/" + meeting, "ene.homes", 200);
        assertThat(forTheAlmo.select("main table td").eachText()).doesNotContain(CO_CHAIR);
    }

    @Test
    void readersWithNoSeatOnTheGroupStillCannotSeeTheCoChair() throws Exception {
        UUID inspector = person(CO_CHAIR);
        page("/directory/people/" + inspector, "herts.police", 404);
        page("/directory/people/" + inspector, "ene.homes", 404);
        assertThat(directory.peopleVisibleTo(users.actor("ene.homes")))
                .noneSatisfy(person -> assertThat(person.id()).isEqualTo(inspector));
        Document page = page("/partnership/bodies/" + body(BODY), "ene.homes", 200);
        assertThat(page.select("main table a[href=/partnership/people/" + inspector + "/seats]")).isEmpty();
    }

    @Test
    void aHiddenMemberWhoDoesNotChairStaysHidden() throws Exception {
        UUID policeTeam = jdbc.sql("select id from organisation where name = ?")
                .param("East North East Leeds Neighbourhood Policing Team").query(UUID.class).single();
        UUID member = UUID.randomUUID();
        jdbc.sql("""
                insert into person (id, organisation_id, name, job_title, handling_level, created_at, updated_at, version)
                values (?, ?, ?, 'Sergeant', 'AGENCY', ?, ?, 0)""")
                .params(member, policeTeam, "ENE sergeant " + member, java.sql.Timestamp.from(Instant.now()),
                        java.sql.Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("""
                insert into partnership_membership (id, body_id, person_id, representing_organisation_id, role, from_date)
                values (?, ?, ?, ?, 'CORE_MEMBER', date '2020-01-01')""")
                .params(UUID.randomUUID(), body(BODY), member, policeTeam).update();

        page("/directory/people/" + member, "mstenton", 404);
        Document page = page("/partnership/bodies/" + body(BODY), "mstenton", 200);
        assertThat(page.select("main table a[href=/partnership/people/" + member + "/seats]")).isEmpty();
        assertThat(page.text()).doesNotContain("ENE sergeant " + member);
    }

    private UUID person(String name) {
        return jdbc.sql("select id from person where name = ?").param(name).query(UUID.class).single();
    }

    private UUID body(String name) {
        return jdbc.sql("select id from partnership_body where name = ?").param(name).query(UUID.class).single();
    }

    private Document page(String url, String user, int status) throws Exception {
        var response = mvc.perform(get(url).with(users.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url + " for " + user).isEqualTo(status);
        return Jsoup.parse(response.getContentAsString());
    }
}
