package uk.saferhub.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
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
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** Training events: the list, one event, adding and changing one, and recording who attended. */
@SaferHubTest
class TrainingEventPagesTests {

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
    AuditTrail audit;

    TrainingTestData data;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        data = new TrainingTestData(jdbc, directory, places);
    }

    Document page(String url, String user) throws Exception {
        MvcResult result = mvc.perform(get(url).with(users.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url + " as " + user).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void theListShowsComingAndPastEventsOfOnesPartnershipsAndFiltersByTopic() throws Exception {
        String topic = TrainingTestData.unique("Responsible dog ownership service agreement");
        String other = TrainingTestData.unique("Fly-tipping service agreement");
        String coming = TrainingTestData.unique("Service agreements: April training");
        String past = TrainingTestData.unique("Service agreements: first training");
        String unrelated = TrainingTestData.unique("Fly-tipping training");
        data.event(coming, topic, today.plusDays(30), TrainingTestData.HUNTINGDONSHIRE);
        data.event(past, topic.toUpperCase(), today.minusDays(30), TrainingTestData.HUNTINGDONSHIRE);
        data.event(unrelated, other, today.minusDays(3), TrainingTestData.HUNTINGDONSHIRE);

        Document list = page("/workforce/training", "central.sergeant");
        assertThat(list.select("table:has(caption:contains(Coming events))").text()).contains(coming)
                .doesNotContain(past);
        assertThat(list.select("table:has(caption:contains(Past events))").text()).contains(past, unrelated)
                .doesNotContain(coming);
        assertThat(list.select("select#topic option").eachText()).contains(other);

        Document filtered = page("/workforce/training?topic=" + topic.toLowerCase(), "central.sergeant");
        assertThat(filtered.text()).contains(coming, past).doesNotContain(unrelated);

        assertThat(page("/workforce/training", "mstenton").text()).doesNotContain(coming, past, unrelated);
        AccessMatrix.forPage(mvc, "/workforce/training").anonymousRedirectsToSignIn()
                .okFor(users.as("panel.member"), users.as("cambs.analyst"), users.as("leeds.admin"));
    }

    @Test
    void anEventIsSeenByThePartnersOfItsOwnerOnly() throws Exception {
        String title = TrainingTestData.unique("Service agreements training");
        UUID event = data.event(title, "Responsible dog ownership service agreement", today.plusDays(10),
                TrainingTestData.HUNTINGDONSHIRE);
        AccessMatrix.forPage(mvc, "/workforce/training/" + event).anonymousRedirectsToSignIn()
                .notFoundFor(users.as("mstenton"), users.as("leeds.admin"), users.as("herts.coordinator"))
                .okFor(users.as("ewilson"), users.as("cambs.analyst"), users.as("central.sergeant"));
        AccessMatrix.forPage(mvc, "/workforce/training/" + UUID.randomUUID()).notFoundFor(users.as("ewilson"));
        Document shown = page("/workforce/training/" + event, "central.sergeant");
        assertThat(shown.select("h1").text()).isEqualTo(title);
        assertThat(shown.text()).contains("Huntingdonshire District Council",
                "Attendance can be recorded from the day of the event");
        assertThat(shown.select("a:contains(Change the event)")).isEmpty();
    }

    @Test
    void aCoordinatorAddsAnEventForTheirOrganisationAndItIsAudited() throws Exception {
        String title = TrainingTestData.unique("Service agreements: training for PCSOs");
        AccessMatrix.forPage(mvc, "/workforce/training/new").anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("cambs.analyst"), users.as("central.sergeant"), users.as("panel.member"))
                .okFor(users.as("ewilson"));
        AccessMatrix.forPage(mvc, () -> post("/workforce/training/new").with(csrf()).param("title", title))
                .anonymousRedirectsToSignIn().forbiddenFor(users.as("cambs.analyst"));

        MvcResult result = mvc.perform(post("/workforce/training/new").with(csrf()).with(users.as("ewilson"))
                .param("title", title).param("topic", "Responsible dog ownership service agreement")
                .param("heldOn.day", "14").param("heldOn.month", "4").param("heldOn.year", "2026")
                .param("venue", "Pathfinder House, Huntingdon").param("provider", "Huntingdonshire District Council")
                .param("invitedGuests", "Members of the Scrutiny Panel (Finance & Planning)")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        UUID id = jdbc.sql("select id from workforce_training_event where title = ?").param(title)
                .query(UUID.class).single();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/workforce/training/" + id);
        assertThat(jdbc.sql("select owner_id from workforce_training_event where id = ?").param(id)
                .query(UUID.class).single()).isEqualTo(data.organisation(TrainingTestData.HUNTINGDONSHIRE));
        assertThat(audit.historyOf("training-event", id.toString())).extracting(AuditRecord::action)
                .containsExactly("CREATE");
        Document shown = page("/workforce/training/" + id, "cambs.analyst");
        assertThat(shown.text()).contains("14 April 2026", "Pathfinder House, Huntingdon",
                "Members of the Scrutiny Panel (Finance & Planning)");
    }

    @Test
    void aCoordinatorOfTheOwnersPartnershipChangesAnEvent() throws Exception {
        String title = TrainingTestData.unique("Dog ownership training");
        UUID event = data.event(title, "Responsible dog ownership service agreement", today.plusDays(10),
                TrainingTestData.HUNTINGDONSHIRE);
        String url = "/workforce/training/" + event + "/edit";
        AccessMatrix.forPage(mvc, url).anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("cambs.analyst"), users.as("central.sergeant"))
                .notFoundFor(users.as("mstenton"), users.as("leeds.admin"))
                .okFor(users.as("ewilson"), users.as("admin"), users.as("dgregson"));
        AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("title", "Taken over"))
                .notFoundFor(users.as("mstenton")).forbiddenFor(users.as("cambs.analyst"));
        assertThat(page(url, "ewilson").select("input[name=title]").val()).isEqualTo(title);

        mvc.perform(post(url).with(csrf()).with(users.as("dgregson")).param("title", title + " (moved)")
                .param("topic", "Responsible dog ownership service agreement").param("heldOn.day", "21")
                .param("heldOn.month", "4").param("heldOn.year", "2026").param("venue", "St Neots Priory Centre"));
        assertThat(jdbc.sql("select title, held_on, venue from workforce_training_event where id = ?").param(event)
                .query((rs, row) -> rs.getString(1) + "|" + rs.getDate(2) + "|" + rs.getString(3)).single())
                .isEqualTo(title + " (moved)|2026-04-21|St Neots Priory Centre");
        assertThat(audit.historyOf("training-event", event.toString())).extracting(AuditRecord::action)
                .contains("UPDATE");
    }

    @Test
    void aCoordinatorRecordsWhichPcsosOfPartnerForcesAttended() throws Exception {
        String title = TrainingTestData.unique("Held training");
        UUID event = data.event(title, TrainingTestData.unique("Dog control orders"), today.minusDays(1),
                TrainingTestData.HUNTINGDONSHIRE);
        String came = TrainingTestData.unique("Alex Came");
        String stayed = TrainingTestData.unique("Billie Stayed");
        String leeds = TrainingTestData.unique("Casey Leeds");
        UUID attendee = data.pcso(came, TrainingTestData.CENTRAL_DIVISION);
        UUID absentee = data.pcso(stayed, TrainingTestData.CENTRAL_DIVISION);
        data.pcso(leeds, TrainingTestData.WEST_YORKSHIRE);

        Document form = page("/workforce/training/" + event, "ewilson");
        assertThat(form.select("input[type=checkbox][name=attended] + label").eachText())
                .anyMatch(label -> label.startsWith(came)).anyMatch(label -> label.startsWith(stayed))
                .noneMatch(label -> label.startsWith(leeds));
        String url = "/workforce/training/" + event + "/attendance";
        AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("attended", attendee.toString()))
                .anonymousRedirectsToSignIn().forbiddenFor(users.as("cambs.analyst"), users.as("central.sergeant"))
                .notFoundFor(users.as("mstenton"));
        assertThat(jdbc.sql("select count(*) from workforce_training_attendance where event_id = ?").param(event)
                .query(Long.class).single()).isZero();

        mvc.perform(post(url).with(csrf()).with(users.as("ewilson")).param("attended", attendee.toString())
                .param("attended", absentee.toString()));
        mvc.perform(post(url).with(csrf()).with(users.as("ewilson")).param("attended", attendee.toString()));
        assertThat(jdbc.sql("select pcso_id, attended from workforce_training_attendance where event_id = ?")
                .param(event).query((rs, row) -> rs.getObject(1, UUID.class) + "=" + rs.getBoolean(2)).list())
                .containsExactlyInAnyOrder(attendee + "=true", absentee + "=false");
        Document shown = page("/workforce/training/" + event, "central.sergeant");
        assertThat(shown.select("table:has(caption:contains(1 PCSO attended))").text()).contains(came)
                .doesNotContain(stayed);
        assertThat(shown.select("table:has(caption:contains(not attending))").text()).contains(stayed);
        assertThat(audit.historyOf("training-event", event.toString())).extracting(AuditRecord::action)
                .as("the refusal to Leeds, then two changes").containsExactly("ACCESS_REFUSED", "UPDATE", "UPDATE");
    }

    @Test
    void attendanceOfAComingEventOrOfSomeoneNotOfferedIsRefusedAndNothingIsRecorded() throws Exception {
        UUID coming = data.event(TrainingTestData.unique("Coming training"), "Dog fouling", today.plusDays(5),
                TrainingTestData.HUNTINGDONSHIRE);
        UUID held = data.event(TrainingTestData.unique("Held training"), "Dog fouling", today.minusDays(5),
                TrainingTestData.HUNTINGDONSHIRE);
        UUID pcso = data.pcso(TrainingTestData.unique("Dana Early"), TrainingTestData.CENTRAL_DIVISION);
        UUID leeds = data.pcso(TrainingTestData.unique("Eli Leeds"), TrainingTestData.WEST_YORKSHIRE);

        MvcResult early = mvc.perform(post("/workforce/training/" + coming + "/attendance").with(csrf())
                .with(users.as("ewilson")).param("attended", pcso.toString())).andReturn();
        assertThat(early.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(early.getResponse().getContentAsString()).select(".govuk-error-summary").text())
                .contains("Attendance can be recorded from the day of the event");
        MvcResult stranger = mvc.perform(post("/workforce/training/" + held + "/attendance").with(csrf())
                .with(users.as("ewilson")).param("attended", leeds.toString())).andReturn();
        Document refused = Jsoup.parse(stranger.getResponse().getContentAsString());
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Choose the PCSOs who attended from the list");
        assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#attended");
        assertThat(refused.select("#attended")).hasSize(1);
        MvcResult garbage = mvc.perform(post("/workforce/training/" + held + "/attendance").with(csrf())
                .with(users.as("ewilson")).param("attended", "not-an-id")).andReturn();
        assertThat(garbage.getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from workforce_training_attendance where event_id in (?, ?)")
                .params(coming, held).query(Long.class).single()).isZero();
    }

    @Test
    void anEventWithoutTopicOrDateOrWithAVenueOfTwoLinesIsRefusedAndNothingIsSaved() throws Exception {
        String title = TrainingTestData.unique("Refused training");
        MvcResult result = mvc.perform(post("/workforce/training/new").with(csrf()).with(users.as("ewilson"))
                .param("title", title).param("topic", "").param("heldOn.day", "").param("heldOn.month", "")
                .param("heldOn.year", "").param("venue", "Pathfinder House\nHuntingdon")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#topic", "#heldOn.day", "#venue");
        assertThat(page.select("#heldOn-error").text()).contains("Enter the date of the event");
        assertThat(page.select(".govuk-error-summary a[href=#venue]").text()).startsWith("Remove the line breaks");
        assertThat(page.select("input[name=title]").val()).isEqualTo(title);

        String venue = "<script>alert(1)</script> Room <5";
        MvcResult noTopic = mvc.perform(post("/workforce/training/new").with(csrf()).with(users.as("ewilson"))
                .param("title", title).param("topic", "").param("heldOn.day", "14").param("heldOn.month", "4")
                .param("heldOn.year", "2026").param("venue", venue)).andReturn();
        Document refused = Jsoup.parse(noTopic.getResponse().getContentAsString());
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#topic");
        assertThat(refused.select("input[name=venue]").val()).isEqualTo(venue);
        assertThat(refused.select("script:containsData(alert(1))")).isEmpty();

        MvcResult badDate = mvc.perform(post("/workforce/training/new").with(csrf()).with(users.as("ewilson"))
                .param("title", title).param("topic", "Dog fouling").param("heldOn.day", "30")
                .param("heldOn.month", "2").param("heldOn.year", "2026")).andReturn();
        assertThat(Jsoup.parse(badDate.getResponse().getContentAsString()).select(".govuk-error-summary").text())
                .contains("must be a real date");
        assertThat(jdbc.sql("select count(*) from workforce_training_event where title = ?").param(title)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anEventWhoseWordsHaveAngleBracketsIsSavedAsTypedAndShownEscaped() throws Exception {
        String title = TrainingTestData.unique("<b>Dog</b> training for <5 PCSOs");
        String venue = "<script>alert(1)</script> Room & \"B\"";
        MvcResult result = mvc.perform(post("/workforce/training/new").with(csrf()).with(users.as("ewilson"))
                .param("title", title).param("topic", "Dog fouling <fixed penalties>")
                .param("heldOn.day", "14").param("heldOn.month", "4").param("heldOn.year", "2026")
                .param("venue", venue).param("provider", "Huntingdonshire District Council")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        UUID id = jdbc.sql("select id from workforce_training_event where title = ?").param(title)
                .query(UUID.class).single();
        assertThat(jdbc.sql("select topic || '|' || venue from workforce_training_event where id = ?").param(id)
                .query(String.class).single()).isEqualTo("Dog fouling <fixed penalties>|" + venue);

        for (String url : new String[] {"/workforce/training/" + id, "/workforce/training"}) {
            String html = mvc.perform(get(url).with(users.as("cambs.analyst"))).andReturn().getResponse()
                    .getContentAsString();
            Document page = Jsoup.parse(html);
            assertThat(page.select("script:containsData(alert(1)), main b:contains(Dog)")).as(url).isEmpty();
            assertThat(html).as(url).doesNotContain("<script>alert(1)", "<b>Dog", "<fixed penalties>")
                    .contains("&lt;b&gt;Dog&lt;/b&gt; training for &lt;5 PCSOs");
            assertThat(page.text()).as(url).contains(title);
        }
        Document shown = page("/workforce/training/" + id, "cambs.analyst");
        assertThat(shown.select("h1").text()).isEqualTo(title);
        assertThat(shown.text()).contains(venue, "Dog fouling <fixed penalties>");
        assertThat(page("/workforce/training/" + id + "/edit", "ewilson").select("input[name=venue]").val())
                .isEqualTo(venue);
    }
}
