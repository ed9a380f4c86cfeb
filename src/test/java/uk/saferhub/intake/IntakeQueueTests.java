package uk.saferhub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.intake.internal.RequestStore;
import uk.saferhub.intake.internal.Service;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The intake queue: the organisation a report is routed to (here Safer Leeds, by a route of this test's own place)
 * sees it with its reporter and triages it; every change is an Open311 update with its update_id; other
 * organisations neither see nor change it, and a reader may not change it.
 */
@SaferHubTest
class IntakeQueueTests {

    private static IntakeFixtures place;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void aPlaceRoutedToSaferLeeds(@Autowired PlaceStore places, @Autowired RequestStore requests,
            @Autowired Directory directory, @Autowired ApplicationEventPublisher events) {
        if (place == null) {
            place = IntakeFixtures.create(places, requests, directory, events);
            requests.route(place.district().id(), Service.Responsibility.COUNCIL,
                    directory.organisationNamed("Safer Leeds").orElseThrow().id());
        }
    }

    @Test
    void theHandlingOrganisationSeesTheReporterAndNoOtherOrganisationDoes() throws Exception {
        String id = report("Ada", "ada.reporter@example.org", 0);

        String mine = page("mstenton");
        assertThat(mine).contains(id, "Ada", "ada.reporter@example.org", "0113 496 0001");
        for (String other : new String[] {"herts.coordinator", "ene.homes", "leeds.admin"}) {
            assertThat(page(other)).as(other).doesNotContain("ada.reporter@example.org", "0113 496 0001");
        }
        assertThat(jdbc.sql("""
                select count(*) from audit_event where record_type = 'intake-reporter' and record_id = ?""")
                .param(id).query(Long.class).single()).isPositive();
    }

    @Test
    void theAuditTrailShowsAReportOnlyToTheOrganisationItIsRoutedTo(
            @Autowired java.util.List<uk.saferhub.shared.access.RecordVisibility> visibilities) throws Exception {
        String id = report("Di", "di@example.org", 400);
        var intake = visibilities.stream().filter(visibility -> visibility.recordTypes().contains("intake-request"))
                .findFirst().orElseThrow();
        assertThat(intake.recordTypes()).contains("intake-reporter");
        assertThat(intake.visibleTo(users.actor("mstenton"), "intake-request", java.util.Set.of(id, "not-a-report")))
                .containsExactly(id);
        assertThat(intake.visibleTo(users.actor("herts.coordinator"), "intake-request", java.util.Set.of(id)))
                .isEmpty();
        assertThat(intake.visibleTo(users.actor("ene.homes"), "intake-reporter", java.util.Set.of(id))).isEmpty();
        assertThat(intake.visibleTo(null, "intake-reporter", java.util.Set.of(id))).isEmpty();
    }

    @Test
    void everyTriageIsAnOpen311UpdateAndTheStatusFollowsIt() throws Exception {
        String original = report("Bo", "bo@example.org", 200);
        String id = report("Cy", "cy@example.org", 300);

        assertThat(triage("krowan", id, "ACCEPT", null, null).getStatus()).isEqualTo(302);
        assertThat(read(id).get("status").asString()).isEqualTo("open");
        assertThat(read(id).get("status_notes").asString()).isEqualTo("Accepted");

        MockHttpServletResponse noNote = triage("krowan", id, "CLOSE", "", null);
        assertThat(noNote.getStatus()).isEqualTo(200);
        assertThat(noNote.getContentAsString(StandardCharsets.UTF_8)).contains("Enter a note saying why");
        assertThat(read(id).get("status").asString()).isEqualTo("open");

        assertThat(triage("krowan", id, "DUPLICATE", null, id).getStatus()).isEqualTo(200);
        assertThat(triage("krowan", id, "DUPLICATE", null, original).getStatus()).isEqualTo(302);
        assertThat(read(id).get("status").asString()).isEqualTo("closed");
        assertThat(read(id).get("status_notes").asString()).isEqualTo("Duplicate of report " + original);

        assertThat(triage("krowan", id, "REOPEN", null, null).getStatus()).isEqualTo(302);
        assertThat(read(id).get("status").asString()).isEqualTo("open");
        assertThat(triage("mstenton", id, "REJECT", "Private land: the owner's to clear", null).getStatus())
                .isEqualTo(302);
        JsonNode rejected = read(id);
        assertThat(rejected.get("status").asString()).isEqualTo("closed");
        assertThat(rejected.get("status_notes").asString()).startsWith("Rejected as out of scope by ")
                .endsWith("Private land: the owner's to clear");

        Element updates = Open311Xml.parse(mvc.perform(get("/open311/v2/servicerequestupdates.xml")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        var mine = Open311Xml.children(updates).stream()
                .filter(each -> Open311Xml.text(each, "service_request_id").equals(id)).toList();
        assertThat(mine).extracting(each -> Open311Xml.text(each, "status"))
                .containsExactly("open", "closed", "open", "closed");
        assertThat(mine).extracting(each -> Long.parseLong(Open311Xml.text(each, "update_id"))).isSorted();
    }

    @Test
    void aReportIsAssignedToAnOfficerOfTheOrganisationAndReferredToAPartnerWhoseQueueItJoins(
            @Autowired Directory directory) throws Exception {
        String id = report("Ed", "ed@example.org", 100);
        var saferLeeds = directory.organisationNamed("Safer Leeds").orElseThrow().id();
        var officer = directory.peopleVisibleTo(users.actor("krowan")).stream()
                .filter(person -> saferLeeds.equals(person.organisationId())).findFirst().orElseThrow();
        var outsider = directory.peopleVisibleTo(users.actor("krowan")).stream()
                .filter(person -> !saferLeeds.equals(person.organisationId())).findFirst().orElseThrow();

        MockHttpServletResponse wrongOfficer = mvc.perform(post("/intake").with(users.as("krowan")).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("report", id).param("action", "ASSIGN")
                .param("officer", outsider.id().toString())).andReturn().getResponse();
        assertThat(wrongOfficer.getStatus()).isEqualTo(200);
        assertThat(wrongOfficer.getContentAsString(StandardCharsets.UTF_8))
                .contains("Choose an officer of your organisation");
        assertThat(mvc.perform(post("/intake").with(users.as("krowan")).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("report", id).param("action", "ASSIGN")
                .param("officer", officer.id().toString())).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(read(id).get("status_notes").asString()).isEqualTo("Assigned to " + officer.name());
        assertThat(jdbc.sql("select assigned_person_id from intake_request where id = ?").param(Long.parseLong(id))
                .query(java.util.UUID.class).single()).isEqualTo(officer.id());

        var hertfordshire = directory.organisationNamed("Hertfordshire County Council").orElseThrow().id();
        assertThat(mvc.perform(post("/intake").with(users.as("krowan")).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("report", id).param("action", "REFER")
                .param("partner", hertfordshire.toString())).andReturn().getResponse().getStatus()).isEqualTo(200);
        var leedsCouncil = directory.organisationNamed("Leeds City Council").orElseThrow().id();
        assertThat(mvc.perform(post("/intake").with(users.as("krowan")).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("report", id).param("action", "REFER")
                .param("partner", leedsCouncil.toString())).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(read(id).get("agency_responsible").asString()).isEqualTo("Leeds City Council");
        assertThat(read(id).get("status_notes").asString()).isEqualTo("Referred to Leeds City Council");
        assertThat(page("mstenton")).doesNotContain("ed@example.org");
        assertThat(page("leeds.admin")).contains("ed@example.org");
    }

    /** With the reference data, the demonstration's Leeds reports are placed, routed and on their team's queue. */
    @Test
    void theDemonstrationsLeedsReportsAreOnTheirNeighbourhoodTeamsQueue(@Autowired Directory directory)
            throws Exception {
        var demo = jdbc.sql("""
                select id, routed_organisation_id, ward_id, address_string from intake_request
                 where submitted_by_api_key is null order by id""")
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getObject(2), rs.getObject(3), rs.getString(4)})
                .list();
        org.junit.jupiter.api.Assumptions.assumeFalse(demo.isEmpty(),
                "Skipped: no demonstration reports (the reference data folder with crime-street/leeds is missing)");
        var teams = java.util.stream.Stream.of("East North East", "West North West", "South East")
                .map(area -> directory.organisationNamed(area + " Leeds Neighbourhood Policing Team").orElseThrow().id())
                .toList();
        assertThat(demo).hasSize(12).allSatisfy(row -> {
            assertThat(teams).contains((java.util.UUID) row[1]);
            assertThat(row[2]).isNotNull();
        });
        String queue = page("ene.inspector");
        for (Object[] row : demo) {
            if (row[1].equals(teams.get(0))) {
                assertThat(queue).contains(String.valueOf(row[0]));
            }
        }
    }

    @Test
    void anotherOrganisationOrAReaderCannotTriageAndNothingChanges() throws Exception {
        String id = report("Di", "di@example.org", -300);
        long refusals = jdbc.sql("select count(*) from audit_event where action = 'ACCESS_REFUSED'")
                .query(Long.class).single();

        assertThat(triage("herts.coordinator", id, "CLOSE", "Not ours", null).getStatus()).isEqualTo(404);
        assertThat(triage("ene.homes", id, "CLOSE", "Not ours", null).getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/intake").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("report", id).param("action", "CLOSE").param("note", "x")).andReturn().getResponse()
                .getRedirectedUrl()).endsWith("/login");
        assertThat(read(id).get("status").asString()).isEqualTo("open");
        assertThat(jdbc.sql("select count(*) from intake_update where request_id = ?").param(Long.parseLong(id))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_REFUSED'")
                .query(Long.class).single()).isGreaterThan(refusals);
    }

    @Test
    void aReportIsLinkedToAPriorityItFeedsAndThePriorityListsIt(@Autowired PriorityChoices priorities)
            throws Exception {
        String id = report("Flo", "flo@example.org", 500);
        var priority = priorities.open(users.actor("krowan")).getFirst();

        MockHttpServletResponse unchosen = triage("krowan", id, "LINK", null, null);
        assertThat(unchosen.getStatus()).isEqualTo(200);
        assertThat(unchosen.getContentAsString(StandardCharsets.UTF_8))
                .contains("Choose a priority to link the report to");
        assertThat(mvc.perform(post("/intake").with(users.as("krowan")).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("report", id).param("action", "LINK")
                .param("priority", priority.id().toString())).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        assertThat(jdbc.sql("select priority_id from intake_request where id = ?").param(Long.parseLong(id))
                .query(java.util.UUID.class).single()).isEqualTo(priority.id());
        JsonNode linked = read(id);
        assertThat(linked.get("status").asString()).isEqualTo("open");
        assertThat(linked.get("status_notes").asString()).contains("local priority").doesNotContain(priority.title());

        String page = mvc.perform(get("/tasking/priorities/" + priority.id()).with(users.as("krowan"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Report " + id);
    }

    private String report(String firstName, String email, double metresNorth) throws Exception {
        String[] point = place.point(metresNorth);
        MockHttpServletResponse response = mvc.perform(post("/open311/v2/requests.xml")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", apiKeys.plainKey("leeds.admin", Role.CONTRIBUTOR)).param("service_code", "LITTER")
                .param("lat", point[0]).param("long", point[1]).param("first_name", firstName)
                .param("email", email).param("phone", "0113 496 0001").param("description", "Bags by the bins"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return Open311Xml.text(Open311Xml.first(Open311Xml.parse(response.getContentAsString(
                StandardCharsets.UTF_8)), "request"), "service_request_id");
    }

    private String page(String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/intake").with(users.as(user))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(user).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse triage(String user, String id, String action, String note, String original)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/intake").with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("report", id).param("action", action);
        if (note != null) {
            request.param("note", note);
        }
        if (original != null) {
            request.param("original", original);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode read(String id) throws Exception {
        return json.readTree(mvc.perform(get("/open311/v2/requests/" + id + ".json")).andReturn().getResponse()
                .getContentAsString()).get(0);
    }
}
