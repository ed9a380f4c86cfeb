package uk.saferhub.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.audit.AuditRecord;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.directory.Directory;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.identity.Identity;
import uk.saferhub.identity.TestAccounts;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * A PCSO's personal development record is seen only by their force and by the PCSO: a council partner of the same
 * partnership is told it does not exist. Every view and every entry is audited.
 */
@SaferHubTest
class DevelopmentRecordTests {

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
    Identity identity;

    @Autowired
    AuditTrail audit;

    TrainingTestData data;
    UUID person;
    UUID pcso;
    String url;

    @BeforeEach
    void setUp() {
        data = new TrainingTestData(jdbc, directory, places);
        String name = TrainingTestData.unique("Frankie Patrol");
        person = data.person(name, TrainingTestData.CENTRAL_DIVISION);
        pcso = data.pcso(name, TrainingTestData.CENTRAL_DIVISION, "ACTIVE", person, null);
        url = "/workforce/pcsos/" + pcso + "/development";
        jdbc.sql("""
                insert into workforce_development_entry (id, pcso_id, entry_date, kind, note, written_by, created_at)
                values (?, ?, date '2026-01-12', 'OBJECTIVE', ?, 'Central Division sergeant', now())""")
                .params(UUID.randomUUID(), pcso, "Complete the responsible dog ownership training").update();
    }

    /** A reader of the council, linked to the PCSO's person in the directory: the PCSO themselves. */
    String thePcsosOwnAccount() {
        String username = TestAccounts.uniqueUsername("pcso");
        var account = TestAccounts.create(identity, users.actor("admin"), username, Role.READER);
        jdbc.sql("update user_account set person_id = ? where id = ?").params(person, account.id()).update();
        return username;
    }

    @Test
    void onlyTheForceAndThePcsoSeeTheRecordAndEveryoneElseIsToldItDoesNotExist() throws Exception {
        String self = thePcsosOwnAccount();
        AccessMatrix.forPage(mvc, url).anonymousRedirectsToSignIn()
                .notFoundFor(users.as("ewilson"), users.as("admin"), users.as("dgregson"), users.as("mstenton"),
                        users.as("ene.inspector"))
                .okFor(users.as("central.sergeant"), users.as(self));
        AccessMatrix.forPage(mvc, "/workforce/pcsos/" + UUID.randomUUID() + "/development")
                .notFoundFor(users.as("central.sergeant"));
        MvcResult absent = AccessMatrix.forPage(mvc, "/workforce/pcsos/" + UUID.randomUUID() + "/development")
                .as(users.as("ewilson"));
        MvcResult hidden = AccessMatrix.forPage(mvc, url).as(users.as("ewilson"));
        Document hiddenPage = Jsoup.parse(hidden.getResponse().getContentAsString());
        assertThat(hiddenPage.title()).isEqualTo(Jsoup.parse(absent.getResponse().getContentAsString()).title());
        assertThat(hiddenPage.select("main").text()).doesNotContain("Frankie Patrol", "dog ownership");

        Document page = Jsoup.parse(mvc.perform(get(url).with(users.as(self))).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.text()).contains("Complete the responsible dog ownership training");
        assertThat(page.select("form textarea[name=note]")).as("the PCSO reads but does not write").isEmpty();
    }

    @Test
    void everyViewIsAuditedAsARestrictedViewAndEveryRefusalAsARefusal() throws Exception {
        String self = thePcsosOwnAccount();
        mvc.perform(get(url).with(users.as("central.sergeant")));
        mvc.perform(get(url).with(users.as(self)));
        mvc.perform(get(url).with(users.as("ewilson")));
        assertThat(audit.historyOf("pcso-development", pcso.toString()))
                .extracting(AuditRecord::action, AuditRecord::actorId)
                .contains(tuple("VIEW", users.actor("central.sergeant").id()), tuple("VIEW", users.actor(self).id()),
                        tuple("ACCESS_REFUSED", users.actor("ewilson").id()))
                .doesNotContain(tuple("VIEW", users.actor("ewilson").id()));
    }

    @Test
    void aPoliceUserBelowTheForceSeesTheRecordOfOneOfItsPcsos() throws Exception {
        UUID forcePcso = data.pcso(TrainingTestData.unique("Gene Force"), "Cambridgeshire Constabulary");
        AccessMatrix.forPage(mvc, "/workforce/pcsos/" + forcePcso + "/development")
                .okFor(users.as("central.sergeant"), users.as("cambs.analyst"))
                .notFoundFor(users.as("ewilson"), users.as("herts.police"));
    }

    @Test
    void aContributorOfTheForceAddsAnEntryAndTheAuditKeepsTheNoteOut() throws Exception {
        String self = thePcsosOwnAccount();
        AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("note", "Taken over"))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("cambs.analyst"), users.as(self))
                .notFoundFor(users.as("ewilson"), users.as("mstenton"));
        String note = "Review: dog ownership pilot in St Neots going well.\r\nNext: fly-tipping training.";
        MvcResult added = mvc.perform(post(url).with(csrf()).with(users.as("central.sergeant"))
                .param("entryDate.day", "3").param("entryDate.month", "2").param("entryDate.year", "2026")
                .param("kind", "REVIEW").param("note", note)).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(url);
        assertThat(jdbc.sql("select kind || '|' || entry_date || '|' || written_by || '|' || note"
                + " from workforce_development_entry where pcso_id = ? and kind = 'REVIEW'").param(pcso)
                .query(String.class).single())
                .isEqualTo("REVIEW|2026-02-03|Central Division tasking sergeant|"
                        + "Review: dog ownership pilot in St Neots going well.\r\nNext: fly-tipping training.");
        UUID entry = jdbc.sql("select id from workforce_development_entry where pcso_id = ? and kind = 'REVIEW'")
                .param(pcso).query(UUID.class).single();
        AuditRecord created = audit.historyOf("pcso-development-entry", entry.toString()).getFirst();
        assertThat(created.action()).isEqualTo("CREATE");
        assertThat(created.changes()).contains("Review").doesNotContain("St Neots", "fly-tipping");
        Document page = Jsoup.parse(mvc.perform(get(url).with(users.as(self))).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("table").text()).contains("3 February 2026", "Review", "going well");
    }

    @Test
    void noNoteAnImpossibleDateOrAnUnknownKindIsRefusedAndNothingIsAdded() throws Exception {
        long before = entries();
        Document empty = refused(post(url).with(csrf()).with(users.as("central.sergeant"))
                .param("entryDate.day", "31").param("entryDate.month", "2").param("entryDate.year", "2026")
                .param("kind", "SECRET").param("note", " "));
        assertThat(empty.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#note", "#entryDate.day", "#kind");
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aNoteWithAngleBracketsIsAddedAsTypedAndShownEscaped() throws Exception {
        String self = thePcsosOwnAccount();
        String note = "Seen at <script>alert(1)</script>\r\nFewer than <5 incidents a week & \"calmer\"";
        MvcResult added = mvc.perform(post(url).with(csrf()).with(users.as("central.sergeant"))
                .param("entryDate.day", "3").param("entryDate.month", "2").param("entryDate.year", "2026")
                .param("kind", "OBSERVATION").param("note", note)).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(url);
        assertThat(jdbc.sql("select note from workforce_development_entry where pcso_id = ? and kind = 'OBSERVATION'")
                .param(pcso).query(String.class).single()).isEqualTo(note);
        for (String reader : new String[] {"central.sergeant", self}) {
            String html = mvc.perform(get(url).with(users.as(reader))).andReturn().getResponse().getContentAsString();
            Document page = Jsoup.parse(html);
            assertThat(page.select("script:containsData(alert(1))")).as(reader).isEmpty();
            assertThat(html).as(reader).doesNotContain("<script>alert(1)")
                    .contains("Seen at &lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(page.select("table").text()).as(reader)
                    .contains("Seen at <script>alert(1)</script>", "Fewer than <5 incidents a week & \"calmer\"");
        }
    }

    Document refused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error: ");
        return page;
    }

    long entries() {
        return jdbc.sql("select count(*) from workforce_development_entry where pcso_id = ?").param(pcso)
                .query(Long.class).single();
    }
}
