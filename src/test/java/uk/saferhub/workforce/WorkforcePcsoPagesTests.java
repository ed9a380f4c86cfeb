package uk.saferhub.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static uk.saferhub.workforce.WorkforceTestData.APRIL_2024;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;
import uk.saferhub.workforce.internal.ActiveAttachment;
import uk.saferhub.workforce.internal.AttachmentRole;
import uk.saferhub.workforce.internal.PcsoStatus;
import uk.saferhub.workforce.internal.Workforce;
import uk.saferhub.workforce.internal.WorkforceEditor;

@SaferHubTest
class WorkforcePcsoPagesTests {

    static final String HERTS = "Hertfordshire Constabulary";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Workforce workforce;

    @Autowired
    WorkforceEditor editor;

    @Autowired
    Directory directory;

    @Autowired
    PlaceStore places;

    @Autowired
    JdbcClient jdbc;

    WorkforceTestData data;

    @BeforeEach
    void setUp() {
        data = new WorkforceTestData(editor, directory, places, jdbc);
    }

    MockHttpServletRequestBuilder newPcso(String name, String collar, String force) {
        return pcsoForm("/workforce/pcsos/new", name, collar, force, "ACTIVE");
    }

    MockHttpServletRequestBuilder pcsoForm(String url, String name, String collar, String force, String status) {
        return post(url).with(csrf()).param("name", name).param("collarNumber", collar)
                .param("forceId", data.organisation(force).toString()).param("teamId", "").param("supervisorId", "")
                .param("personId", "").param("schemeId", "").param("startDate.day", "1")
                .param("startDate.month", "4").param("startDate.year", "2024").param("status", status);
    }

    MockHttpServletRequestBuilder attach(UUID pcso, String role, String fromYear, String toYear, UUID... wards) {
        var request = post("/workforce/pcsos/" + pcso + "/attachments").with(csrf()).param("role", role)
                .param("from.day", "1").param("from.month", "4").param("from.year", fromYear)
                .param("to.day", toYear == null ? "" : "31").param("to.month", toYear == null ? "" : "3")
                .param("to.year", toYear == null ? "" : toYear);
        for (UUID ward : wards) {
            request.param("wardIds", ward.toString());
        }
        return request;
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void theListOfPcsosIsFilteredByTeamStatusAndScheme() throws Exception {
        String team = "St Neots Neighbourhood Policing Team";
        var inTeam = data.pcso("Cambridgeshire Constabulary", team, null);
        var elsewhere = data.pcso("Cambridgeshire Constabulary", null, null);
        var herts = data.pcso(HERTS, null, null);
        AccessMatrix.forPage(mvc, "/workforce/pcsos")
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("panel.member"))
                .okFor(users.as("cambs.analyst"), users.as("herts.police"));
        String all = page(AccessMatrix.forPage(mvc, "/workforce/pcsos").as(users.as("cambs.analyst"))).text();
        assertThat(all).contains(inTeam.name(), elsewhere.name()).doesNotContain(herts.name());
        String filtered = page(AccessMatrix.forPage(mvc, "/workforce/pcsos?team=" + data.organisation(team)
                + "&status=ACTIVE&scheme=").as(users.as("cambs.analyst"))).text();
        assertThat(filtered).contains(inTeam.name()).doesNotContain(elsewhere.name());
        String leftOnly = page(AccessMatrix.forPage(mvc, "/workforce/pcsos?status=LEFT")
                .as(users.as("cambs.analyst"))).text();
        assertThat(leftOnly).doesNotContain(inTeam.name());
    }

    @Test
    void aPcsosPageShowsTheirDetailsToPartnersAndTheAttachFormToCoordinators() throws Exception {
        var pcso = data.pcso(HERTS, null, data.scheme("Hertfordshire County Council", "100", 3, null));
        var ward = data.wards("Hertsmere test", 1).getFirst();
        data.attach(pcso, ward, AttachmentRole.DESIGNATED, APRIL_2024, null);
        AccessMatrix.forPage(mvc, "/workforce/pcsos/" + pcso.id())
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("panel.member"))
                .notFoundFor(users.as("mstenton"), users.as("ewilson"), users.as("ene.inspector"))
                .okFor(users.as("herts.police"), users.as("herts.coordinator"), users.as("harpenden.clerk"));
        Document reader = page(AccessMatrix.forPage(mvc, "/workforce/pcsos/" + pcso.id())
                .as(users.as("herts.police")));
        assertThat(reader.select("h1").text()).isEqualTo(pcso.name());
        assertThat(reader.text()).contains(pcso.collarNumber(), "Hertfordshire Constabulary", ward.name(), "Current");
        assertThat(reader.select("form[action$=/attachments]")).isEmpty();
        Document coordinator = page(AccessMatrix.forPage(mvc, "/workforce/pcsos/" + pcso.id())
                .as(users.as("herts.coordinator")));
        assertThat(coordinator.select("form[action$=/attachments] input[name=wardIds]")).isNotEmpty();
        assertThat(coordinator.select("#wardIds")).hasSize(1);
        assertThat(coordinator.select("details[open] label").eachText()).anyMatch(l -> l.startsWith(ward.name()));
        assertThat(coordinator.select("details:not([open])").text()).doesNotContain(ward.name());
        assertThat(coordinator.select("a[href$=/end]")).hasSize(1);
    }

    @Test
    void aCoordinatorAddsAPcsoAndADuplicateCollarNumberIsRefusedAtItsField() throws Exception {
        AccessMatrix.forPage(mvc, "/workforce/pcsos/new")
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("herts.police"), users.as("ene.inspector"))
                .okFor(users.as("herts.coordinator"), users.as("mstenton"));
        String name = WorkforceTestData.unique("Sam Patel");
        String collar = WorkforceTestData.collar();
        AccessMatrix.forPage(mvc, () -> newPcso(name, collar, HERTS))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("herts.police"));
        MvcResult added = AccessMatrix.forPage(mvc, () -> newPcso(name, collar, HERTS))
                .as(users.as("herts.coordinator"));
        assertThat(added.getResponse().getRedirectedUrl()).startsWith("/workforce/pcsos/");
        assertThat(data.count("workforce_pcso", "name", name)).isEqualTo(1);

        String twin = WorkforceTestData.unique("Twin");
        Document refused = page(AccessMatrix.forPage(mvc, () -> newPcso(twin, collar, HERTS))
                .as(users.as("herts.coordinator")));
        assertThat(refused.select(".govuk-error-summary a[href=#collarNumber]").text()).contains("already used");
        Document notTheirs = page(AccessMatrix.forPage(mvc, () -> newPcso(twin, WorkforceTestData.collar(), HERTS))
                .as(users.as("mstenton")));
        assertThat(notTheirs.select(".govuk-error-summary a[href=#forceId]")).isNotEmpty();
        Document noDate = page(AccessMatrix.forPage(mvc, () -> pcsoForm("/workforce/pcsos/new", twin,
                WorkforceTestData.collar(), HERTS, "ACTIVE").param("startDate.year", "x")).as(users.as("herts.coordinator")));
        assertThat(noDate.select(".govuk-error-summary a[href=\"#startDate.day\"]")).isNotEmpty();
        assertThat(data.count("workforce_pcso", "name", twin)).isZero();
    }

    @Test
    void onlyCoordinatorsOfTheForcesPartnershipChangeAPcso() throws Exception {
        var pcso = data.pcso(HERTS, null, null);
        AccessMatrix.forPage(mvc, "/workforce/pcsos/" + pcso.id() + "/edit")
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("herts.police"))
                .notFoundFor(users.as("mstenton"))
                .okFor(users.as("herts.coordinator"));
        String url = "/workforce/pcsos/" + pcso.id() + "/edit";
        AccessMatrix.forPage(mvc, () -> pcsoForm(url, "Renamed", pcso.collarNumber(), HERTS, "ACTIVE"))
                .forbiddenFor(users.as("herts.police"))
                .notFoundFor(users.as("mstenton"));
        assertThat(workforce.pcso(pcso.id()).orElseThrow().name()).isEqualTo(pcso.name());
        MvcResult result = AccessMatrix.forPage(mvc, () -> pcsoForm(url, pcso.name(), pcso.collarNumber(), HERTS,
                "ON_LEAVE")).as(users.as("herts.coordinator"));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/workforce/pcsos/" + pcso.id());
        assertThat(workforce.pcso(pcso.id()).orElseThrow().status()).isEqualTo(PcsoStatus.ON_LEAVE);
        assertThat(data.audited("UPDATE", "pcso", pcso.id())).isEqualTo(1);
    }

    @Test
    void aCoordinatorAttachesAPcsoToWardsFromTheirPage() throws Exception {
        var pcso = data.pcso(HERTS, null, null);
        var wards = data.wards("North Herts test", 2);
        UUID first = wards.get(0).id();
        UUID second = wards.get(1).id();
        AccessMatrix.forPage(mvc, () -> attach(pcso.id(), "DESIGNATED", "2024", null, first, second))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("herts.police"))
                .notFoundFor(users.as("mstenton"));
        assertThat(data.attachmentsOf(pcso.id())).isZero();
        MvcResult result = AccessMatrix.forPage(mvc, () -> attach(pcso.id(), "DESIGNATED", "2024", null, first,
                second)).as(users.as("herts.coordinator"));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/workforce/pcsos/" + pcso.id());
        assertThat(data.attachmentsOf(pcso.id())).isEqualTo(2);
        assertThat(workforce.activeAttachments(APRIL_2024)).filteredOn(a -> a.pcsoId().equals(pcso.id()))
                .extracting(ActiveAttachment::wardId).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void overlappingDatesNoWardAndAPlaceThatIsNotAWardAreShownOnThePcsosPageAndNothingIsAttached()
            throws Exception {
        var pcso = data.pcso(HERTS, null, null);
        var ward = data.wards("East Herts test", 1).getFirst();
        data.attach(pcso, ward, AttachmentRole.DESIGNATED, APRIL_2024, null);
        assertRefusedAt(attach(pcso.id(), "DESIGNATED", "2025", null, ward.id()), "from.day", "already attached");
        assertRefusedAt(attach(pcso.id(), "DESIGNATED", "2025", null), "wardIds", "at least one ward");
        assertRefusedAt(attach(pcso.id(), "DESIGNATED", "2025", null, data.district("Herts county").id()), "wardIds",
                "not a ward");
        assertRefusedAt(attach(pcso.id(), "COVER", "2025", "2024", ward.id()), "to.day", "on or after");
        assertThat(data.attachmentsOf(pcso.id())).isEqualTo(1);
    }

    @Test
    void aWardThatIsNotAnIdAndAMissingStartAreShownTogetherAndNothingIsAttached() throws Exception {
        var pcso = data.pcso(HERTS, null, null);
        MvcResult result = mvc.perform(post("/workforce/pcsos/" + pcso.id() + "/attachments").with(csrf())
                .with(users.as("herts.coordinator")).param("wardIds", "Central ward").param("role", "DESIGNATED"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document shown = page(result);
        assertThat(shown.title()).startsWith("Error:");
        assertThat(shown.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#wardIds", "#from.day");
        assertThat(shown.select("#wardIds-error").text()).contains("Choose wards from the list");
        assertThat(data.attachmentsOf(pcso.id())).isZero();
    }

    @Test
    void endingAnAttachmentFromThePageKeepsItInTheHistory() throws Exception {
        var pcso = data.pcso(HERTS, null, null);
        var ward = data.wards("Welwyn Hatfield test", 1).getFirst();
        var attachment = data.attach(pcso, ward, AttachmentRole.DESIGNATED, APRIL_2024, null);
        String url = "/workforce/attachments/" + attachment.id() + "/end";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("herts.police"))
                .notFoundFor(users.as("mstenton"))
                .okFor(users.as("herts.coordinator"));
        Document early = page(AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("to.day", "31")
                .param("to.month", "3").param("to.year", "2024")).as(users.as("herts.coordinator")));
        assertThat(early.select(".govuk-error-summary a[href=\"#to.day\"]").text()).contains("cannot end before");
        MvcResult ended = AccessMatrix.forPage(mvc, () -> post(url).with(csrf()).param("to.day", "30")
                .param("to.month", "9").param("to.year", "2024")).as(users.as("herts.coordinator"));
        assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo("/workforce/pcsos/" + pcso.id());
        assertThat(jdbc.sql("select to_date from workforce_attachment where id = ?").param(attachment.id())
                .query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2024, 9, 30));
        Document history = page(AccessMatrix.forPage(mvc, "/workforce/pcsos/" + pcso.id())
                .as(users.as("herts.coordinator")));
        assertThat(history.select("table").text()).contains(ward.name(), "30 September 2024", "Ended");
        assertThat(history.select("a[href$=/end]")).isEmpty();
    }

    private void assertRefusedAt(MockHttpServletRequestBuilder request, String field, String message)
            throws Exception {
        MvcResult result = mvc.perform(request.with(users.as("herts.coordinator"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document shown = page(result);
        assertThat(shown.title()).startsWith("Error:");
        assertThat(shown.select(".govuk-error-summary a[href=\"#" + field + "\"]").text()).contains(message);
        assertThat(shown.select("[id=\"" + field + "\"]")).isNotEmpty();
    }
}
