package uk.saferhub.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** The calendar subscription pages: who may use them, the address shown once, bad input and revoking. */
@SaferHubTest
class CalendarSubscriptionPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    MeetingTestBodies data;

    @Test
    void everySignedInUserMaySeeTheirSubscriptionsAndAnonymousVisitorsSignInFirst() {
        BodyId cabinet = data.body("Cabinet");
        AccessMatrix.forPage(mvc, "/calendars")
                .anonymousRedirectsToSignIn()
                .okFor(users.as("cambs.analyst"), users.as("panel.member"), users.as("herts.police"),
                        users.as("ewilson"));
        AccessMatrix.forPage(mvc, "/calendars?subject=BODY&id=" + cabinet)
                .anonymousRedirectsToSignIn()
                .notFoundFor(users.as("herts.coordinator"), users.as("mstenton"))
                .okFor(users.as("cambs.analyst"), users.as("ewilson"));
        AccessMatrix.forPage(mvc, () -> post("/calendars").param("subject", "BODY").param("body", cabinet.toString())
                        .with(csrf()))
                .anonymousRedirectsToSignIn();
        AccessMatrix.forPage(mvc, () -> post("/calendars/" + UUID.randomUUID() + "/revoke").with(csrf()))
                .anonymousRedirectsToSignIn();
    }

    @Test
    void aReaderSubscribesToABodyAndSeesTheAddressOnceWithAWarning() throws Exception {
        BodyId cabinet = data.body("Cabinet");
        Document form = page("/calendars?subject=BODY&id=" + cabinet, "cambs.analyst");
        assertThat(form.select("#body option[selected]").attr("value")).isEqualTo(cabinet.toString());
        assertThat(form.select("#person option")).isNotEmpty();

        MvcResult created = mvc.perform(post("/calendars").param("subject", "BODY").param("body", cabinet.toString())
                .with(users.as("cambs.analyst")).with(csrf())).andReturn();

        Document shown = Jsoup.parse(created.getResponse().getContentAsString());
        String address = shown.getElementById("subscription-address").text();
        assertThat(address).matches("http://localhost/calendars/feeds/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(shown.text()).contains("Meetings of Cabinet", "Anyone with this address can see the meeting times",
                "Outlook", "Google Calendar", "Apple Calendar");
        String token = URI.create(address).getPath().replaceAll(".*/|\\.ics$", "");
        Document list = page("/calendars", "cambs.analyst");
        assertThat(list.select("#subscriptions").text()).contains("Meetings of Cabinet");
        assertThat(list.html()).doesNotContain(token);
        assertThat(mvc.perform(get(URI.create(address).getPath())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void aPersonIsPreselectedFromTheLinkThatLedHere() throws Exception {
        UUID stenton = data.person("Martyn Stenton");
        Document form = page("/calendars?subject=PERSON&id=" + stenton, "krowan");
        assertThat(form.select("#person option[selected]").attr("value")).isEqualTo(stenton.toString());
        assertThat(form.select("#body option[selected]")).isEmpty();
    }

    @Test
    void someoneWhoCannotSeeABodyOrPersonCannotFollowIt() throws Exception {
        BodyId cabinet = data.body("Cabinet");
        UUID inspector = data.person("East North East NPT Inspector");
        long before = subscriptions();

        assertThat(status(post("/calendars").param("subject", "BODY").param("body", cabinet.toString())
                .with(users.as("herts.coordinator")).with(csrf()))).isEqualTo(404);
        // the ALMO has no seat on the tasking group the (AGENCY) inspector co-chairs, so cannot see him
        assertThat(status(post("/calendars").param("subject", "PERSON").param("person", inspector.toString())
                .with(users.as("ene.homes")).with(csrf()))).isEqualTo(404);
        assertThat(status(post("/calendars").param("subject", "BODY").param("body", UUID.randomUUID().toString())
                .with(users.as("krowan")).with(csrf()))).isEqualTo(404);
        assertThat(subscriptions()).isEqualTo(before);
    }

    @Test
    void choosingNothingShowsTheErrorBesideTheSelectAndCreatesNothing() throws Exception {
        long before = subscriptions();

        MvcResult result = mvc.perform(post("/calendars").param("subject", "PERSON").param("person", "")
                .with(users.as("krowan")).with(csrf())).andReturn();

        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#person");
        assertThat(page.select(".govuk-error-summary").text()).contains("Select a person");
        assertThat(page.select("#person-error").text()).contains("Select a person");
        Document noSubject = Jsoup.parse(mvc.perform(post("/calendars").param("body", UUID.randomUUID().toString())
                .with(users.as("krowan")).with(csrf())).andReturn().getResponse().getContentAsString());
        assertThat(noSubject.select(".govuk-error-summary").text()).contains("Choose a body or a person");
        assertThat(subscriptions()).isEqualTo(before);
    }

    @Test
    void onlyTheOwnerRevokesASubscription() throws Exception {
        Body body = data.freshBody("Revocation group", "Safer Leeds");
        mvc.perform(post("/calendars").param("subject", "BODY").param("body", body.id().toString())
                .with(users.as("mstenton")).with(csrf()));
        UUID subscription = data.jdbc.sql("select id from meeting_calendar_subscription where subject_id = ?")
                .param(body.id().value()).query(UUID.class).single();
        String revoke = "/calendars/" + subscription + "/revoke";

        AccessMatrix.forPage(mvc, () -> post(revoke).with(csrf()))
                .notFoundFor(users.as("krowan"), users.as("leeds.admin"));
        assertThat(revoked(subscription)).isFalse();
        AccessMatrix.forPage(mvc, () -> post(revoke).with(csrf())).allowedFor(users.as("mstenton"));

        assertThat(revoked(subscription)).isTrue();
        assertThat(page("/calendars", "mstenton").select("#subscriptions").text()).doesNotContain(body.name());
        assertThat(data.count("select count(*) from audit_event where record_type = 'calendar-subscription' "
                + "and record_id = ? and action = 'UPDATE'", subscription.toString())).isEqualTo(1);
        AccessMatrix.forPage(mvc, () -> post(revoke).with(csrf())).notFoundFor(users.as("mstenton"));
        AccessMatrix.forPage(mvc, () -> post("/calendars/not-an-id/revoke").with(csrf()))
                .notFoundFor(users.as("mstenton"));
    }

    private Document page(String url, String username) throws Exception {
        MvcResult result = mvc.perform(get(url).with(users.as(username))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long subscriptions() {
        return data.count("select count(*) from meeting_calendar_subscription");
    }

    private boolean revoked(UUID id) {
        return data.count("select count(*) from meeting_calendar_subscription where id = ? and revoked_at is not null",
                id) == 1;
    }
}
