package uk.saferhub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The home page shows a signed-in person their own work: their and their organisation's actions (overdue ones
 * tagged), the next meetings of the bodies they sit on, their documents' reviews and what others changed; never a
 * record they may not open, and every link on it opens. Anonymous visitors see the public page.
 */
@SaferHubTest
class HomePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Test
    void anonymousVisitorsSeeThePublicPageAndTheSignInButton() throws Exception {
        Document page = page(get("/"));
        assertThat(page.select("h1").text()).isEqualTo("SaferHub");
        assertThat(page.select("a.govuk-button--start").attr("href")).isEqualTo("/login");
        assertThat(page.select(".govuk-summary-card")).isEmpty();
    }

    @Test
    void aPersonSeesTheirOwnAndTheirOrganisationsOverdueActionsTaggedRed() throws Exception {
        Document page = page(get("/").with(users.as("ewilson")));
        Element overdue = card(page, "overdue action");
        assertThat(overdue.select("h2").text()).matches("\\d+ overdue actions?");
        assertThat(overdue.text()).contains("Agree PIs for the 5 objectives", "Develop the Service Agreement");
        assertThat(overdue.select("ul.govuk-list li").first().select("strong.govuk-tag--red").text()).isEqualTo("Overdue");
        assertThat(overdue.select("a[href^=/actions?]").attr("href")).contains("status=overdue");
    }

    @Test
    void anotherBodysRestrictedActionsAndExemptItemsAreNotShown() throws Exception {
        UUID saferLeeds = organisation("Safer Leeds");
        UUID herts = organisation("Hertfordshire Constabulary");
        UUID tasking = body("East North East local tasking group");
        UUID meeting = meeting(tasking, "Home test tasking " + UUID.randomUUID(), Instant.now().minus(30,
                ChronoUnit.DAYS));
        UUID exemptItem = UUID.randomUUID();
        jdbc.sql("""
                insert into meeting_agenda_item (id, meeting_id, number, title, exempt, exempt_reason)
                values (?, ?, 90, 'Named offenders', true, 'Personal information')""")
                .params(exemptItem, meeting).update();
        action(meeting, null, saferLeeds, "Home test visible action for Safer Leeds");
        action(meeting, exemptItem, saferLeeds, "Home test exempt action for Safer Leeds");
        UUID agencyBody = UUID.randomUUID();
        jdbc.sql("""
                insert into partnership_body (id, name, type, tier, owning_organisation_id, handling_level,
                    created_at, updated_at)
                values (?, ?, 'TASKING_GROUP', 'LOCALITY', ?, 'AGENCY', now(), now())""")
                .params(agencyBody, "Home test Herts agency group " + agencyBody, herts).update();
        UUID hidden = meeting(agencyBody, "Home test hidden", Instant.now().minus(20, ChronoUnit.DAYS));
        action(hidden, null, saferLeeds, "Home test action on a hidden body");

        Document page = page(get("/").with(users.as("mstenton")));
        Element overdue = card(page, "overdue action");
        assertThat(overdue.text()).contains("Home test visible action for Safer Leeds")
                .doesNotContain("Home test exempt action", "Home test action on a hidden body");
        assertThat(overdue.select("li:contains(Home test visible action) strong.govuk-tag--red").text())
                .isEqualTo("Overdue");
        assertThat(page(get("/").with(users.as("herts.police"))).text())
                .doesNotContain("Home test visible action", "Home test action on a hidden body");
    }

    @Test
    void theNextMeetingsOfTheBodiesOneSitsOnAreShownAndNotToOthers() throws Exception {
        String title = "Home test executive " + UUID.randomUUID();
        meeting(body("Safer Leeds Executive"), title, Instant.now().plus(10, ChronoUnit.DAYS));
        Element meetings = card(page(get("/").with(users.as("mstenton"))), "in the next 8 weeks");
        assertThat(meetings.text()).contains(title);
        assertThat(card(page(get("/").with(users.as("ewilson"))), "in the next 8 weeks").text())
                .doesNotContain(title);
    }

    @Test
    void changesOthersMadeToABodyOneSitsOnAreShown() throws Exception {
        UUID meeting = meeting(body("Safer Leeds Executive"), "Home test changed " + UUID.randomUUID(),
                Instant.now().plus(40, ChronoUnit.DAYS));
        String summary = "Home test moved the meeting " + meeting;
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status ->
                audit.record(AuditEntry.by(users.actor("krowan"), AuditAction.UPDATE, "meeting", meeting, summary,
                        Changes.none())));
        Element changes = card(page(get("/").with(users.as("mstenton"))), "to bodies you sit on since");
        assertThat(changes.select("a:contains(" + summary + ")").attr("href")).isEqualTo("/meetings/" + meeting);
        assertThat(card(page(get("/").with(users.as("ewilson"))), "to bodies you sit on since").text())
                .doesNotContain(summary);
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void changesAreCountedFromTheSignInBeforeTheLatestOne() throws Exception {
        assertThat(card(page(get("/").with(users.as("ene.inspector"))), "to bodies you sit on since").select("h2")
                .text()).endsWith("since " + DisplayTime.dateOf(Instant.now().minus(14, ChronoUnit.DAYS)));
        var inspector = users.actor("ene.inspector");
        for (int i = 0; i < 2; i++) {
            new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(
                    status -> audit.record(AuditEntry.by(inspector, AuditAction.SIGN_IN, "user", inspector.id(),
                            "Signed in", Changes.none())));
        }
        assertThat(card(page(get("/").with(users.as("ene.inspector"))), "to bodies you sit on since").select("h2")
                .text()).endsWith("since " + DisplayTime.dateOf(Instant.now()));
    }

    @Test
    void aPersonWithNothingIsToldSoInPlainWords() throws Exception {
        Document page = page(get("/").with(users.as("herts.police")));
        assertThat(card(page, "overdue action").text())
                .contains("None of your actions, or your organisation's, is overdue.");
        assertThat(card(page, "in the next 8 weeks").text())
                .contains("You do not sit on any body in SaferHub, so there is nothing to show here.");
    }

    @Test
    void everyLinkOnTheSignedInHomePageOpensForItsReader() throws Exception {
        for (String user : new String[] {"mstenton", "ewilson", "ene.inspector", "herts.police", "harpenden.clerk",
                "krowan"}) {
            Document page = page(get("/").with(users.as(user)));
            assertThat(page.select(".govuk-summary-card")).hasSizeGreaterThanOrEqualTo(6);
            for (Element link : page.select("main a[href^=/]")) {
                String href = link.attr("href");
                int status = mvc.perform(get(href).with(users.as(user))).andReturn().getResponse().getStatus();
                assertThat(status).as(user + " opens " + href).isEqualTo(200);
            }
        }
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static Element card(Document page, String headingText) {
        return page.select(".govuk-summary-card").stream()
                .filter(card -> card.select("h2").text().contains(headingText)).findFirst()
                .orElseThrow(() -> new AssertionError("no panel headed '" + headingText + "' in "
                        + page.select(".govuk-summary-card h2").eachText()));
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    private UUID body(String name) {
        return jdbc.sql("select id from partnership_body where name = ?").param(name).query(UUID.class).single();
    }

    private UUID meeting(UUID body, String title, Instant start) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into meeting (id, body_id, title, starts_at, ends_at, status, from_cadence, created_at,
                    updated_at)
                values (?, ?, ?, ?, ?, 'SCHEDULED', false, now(), now())""")
                .params(id, body, title, Timestamp.from(start), Timestamp.from(start.plus(1, ChronoUnit.HOURS)))
                .update();
        return id;
    }

    private void action(UUID meeting, UUID item, UUID ownerOrganisation, String description) {
        jdbc.sql("""
                insert into meeting_action (id, meeting_id, agenda_item_id, number, description,
                    owner_organisation_id, due_date, status, created_at, updated_at)
                values (?, ?, ?, (select coalesce(max(number), 0) + 1 from meeting_action where meeting_id = ?), ?,
                    ?, ?, 'OPEN', now(), now())""")
                .params(UUID.randomUUID(), meeting, item, meeting, description, ownerOrganisation,
                        Date.valueOf(LocalDate.now().minusDays(3)))
                .update();
    }
}
