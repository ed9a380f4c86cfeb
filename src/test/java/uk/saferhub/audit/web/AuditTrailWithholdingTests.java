package uk.saferhub.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.directory.PersonDetails;
import uk.saferhub.identity.Identity;
import uk.saferhub.identity.NewUser;
import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.internal.AgendaItemDetails;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.meetings.internal.NewAction;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.MembershipDetails;
import uk.saferhub.partnership.MembershipRole;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.partnership.PartnershipEditor;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.ApiKeys;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The audit trail shows an administrator what an event recorded only about records they may see: the page and the API
 * list every event of their partnership, but withhold the summary and changes of one about an exempt meeting item of
 * a body they hold no seat on, a draft they are not party or consultee to, or another organisation's restricted
 * record.
 */
@SaferHubTest
class AuditTrailWithholdingTests {

    private static final String PASSWORD = "Kettle-Harbour-Lantern-42";
    private static final String LEEDS_PROTOCOL = "Protocol to Support Local Working Between Leeds City Council";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Partnership partnership;

    @Autowired
    PartnershipEditor partnershipEditor;

    @Autowired
    Meetings meetings;

    @Autowired
    MeetingRecorder recorder;

    @Autowired
    Directory directory;

    @Autowired
    Identity identity;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    String unique;
    String secretTitle;
    String secretMinutes;
    String secretDecision;
    String secretAction;
    String secretPaper;
    Body executive;
    AgendaItem exemptItem;

    @BeforeEach
    void anExemptItemIsRecordedAtTheSaferLeedsExecutive() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        secretTitle = "Complaint about a named resident " + unique;
        secretMinutes = "The resident at number 12 was warned " + unique;
        secretDecision = "Refer the resident to the ASB panel " + unique;
        secretAction = "Serve a community protection warning " + unique;
        secretPaper = "Case file summary " + unique;
        executive = partnership.bodies().stream().filter(body -> body.name().equals("Safer Leeds Executive"))
                .findFirst().orElseThrow();
        Meeting meeting = meetings.meetingsOn(executive.id(), LocalDate.of(2011, 11, 3)).getFirst();
        exemptItem = recorder.saveItem(null, meeting.id(), null, new AgendaItemDetails(null, secretTitle, null,
                "Chair", true, "Schedule 12A paragraph 1: information about an individual", secretMinutes));
        recorder.recordDecision(null, meeting.id(), exemptItem.id(), secretDecision);
        recorder.addPaper(null, meeting.id(), exemptItem.id(), secretPaper, "https://example.org/case.pdf");
        recorder.recordAction(null, meeting.id(), new NewAction(secretAction, null, organisation("Safer Leeds"),
                LocalDate.of(2011, 12, 1), exemptItem.id()));
    }

    @Test
    void aLeedsAdministratorWithNoSeatOnTheExecutiveSeesThatTheExemptItemChangedButNotWhat() throws Exception {
        for (String type : List.of("meeting-agenda-item", "meeting-decision", "meeting-paper", "meeting-action")) {
            assertThat(page("/admin/audit?recordType=" + type, users.as("leeds.admin"))).as(type)
                    .doesNotContain(secrets());
        }
        assertThat(page("/admin/audit", users.as("leeds.admin"))).doesNotContain(secrets());
        assertThat(page("/admin/audit?recordId=" + exemptItem.id(), users.as("leeds.admin")))
                .contains("meeting-agenda-item", "Details withheld", "1 event")
                .doesNotContain(secrets());
    }

    @Test
    void aLeedsAdministratorsApiKeyIsNotGivenTheExemptItemsTexts() throws Exception {
        RequestPostProcessor key = apiKeys.of("leeds.admin", Role.ADMINISTRATOR);
        for (String type : List.of("meeting-agenda-item", "meeting-decision", "meeting-paper", "meeting-action")) {
            assertThat(page("/api/v1/audit/events?size=500&recordType=" + type, key)).as(type)
                    .doesNotContain(secrets());
        }
        assertThat(page("/api/v1/audit/events?size=500", key)).doesNotContain(secrets());
        assertThat(page("/api/v1/audit/events?recordId=" + exemptItem.id(), key))
                .contains("\"total\":1", "\"summary\":\"Details withheld\"", "\"changes\":[]",
                        "\"detailsWithheld\":true")
                .doesNotContain(secrets());
    }

    @Test
    void anAdministratorHoldingASeatOnTheExecutiveSeesTheExemptItemsTexts() throws Exception {
        UUID person = directory.createPerson(new PersonDetails(organisation("Leeds City Council"),
                "Executive member " + unique, null, null, null, HandlingLevel.PARTNERSHIP, List.of())).id();
        partnershipEditor.saveMembership(null, executive.id(), null, new MembershipDetails(person, null, null,
                MembershipRole.MEMBER, LocalDate.of(2011, 1, 1), null));
        String member = administrator("exec.admin", organisation("Leeds City Council"), users.actor("leeds.admin"));
        identity.linkPerson(users.actor("leeds.admin"), userId(member), person);

        assertThat(page("/admin/audit?recordType=meeting-agenda-item&recordId=" + exemptItem.id(),
                users.as(member))).contains(secretTitle, secretMinutes).doesNotContain("Details withheld");
        String decisions = page("/admin/audit?recordType=meeting-decision", users.as(member));
        assertThat(decisions).contains(secretDecision);
        assertThat(page("/admin/audit?recordType=meeting-paper", users.as(member))).contains(secretPaper);
        assertThat(page("/admin/audit?recordType=meeting-action", users.as(member))).contains(secretAction);
    }

    @Test
    void anAdministratorWhoIsNotPartyToTheLeedsProtocolDraftSeesNoneOfItsDetails() throws Exception {
        String document = jdbc.sql("select id from document where title like ?").param(LEEDS_PROTOCOL + "%")
                .query(String.class).single();
        String huntingdonshire = page("/admin/audit?recordType=document&recordId=" + document, users.as("admin"));
        assertThat(huntingdonshire).contains("Details withheld").doesNotContain(LEEDS_PROTOCOL);
        assertThat(page("/api/v1/audit/events?size=500&recordType=document&recordId=" + document,
                apiKeys.of("admin", Role.ADMINISTRATOR))).contains("\"detailsWithheld\":true")
                .doesNotContain(LEEDS_PROTOCOL);
        assertThat(page("/admin/audit?recordType=document-circulation", users.as("admin")))
                .doesNotContain("Protocol to Support Local Working");

        String party = administrator("protocol.admin", organisation("Leeds City Council Environmental Services"),
                users.actor("leeds.admin"));
        assertThat(page("/admin/audit?recordType=document&recordId=" + document, users.as(party)))
                .contains(LEEDS_PROTOCOL).doesNotContain("Details withheld");
    }

    @Test
    void aCouncilAdministratorSeesNoDetailsOfAPoliceOrganisationsAgencyOrPoliceOnlyContacts() throws Exception {
        Actor sergeant = users.actor("central.sergeant");
        String agency = "Agency contact " + unique;
        String policeOnly = "Police only contact " + unique;
        String shared = "Partnership contact " + unique;
        for (var contact : List.of(List.of(agency, HandlingLevel.AGENCY), List.of(policeOnly,
                HandlingLevel.POLICE_ONLY), List.of(shared, HandlingLevel.PARTNERSHIP))) {
            directory.createPerson(sergeant, new PersonDetails(sergeant.organisationId(), (String) contact.get(0),
                    null, null, "01480 " + unique, (HandlingLevel) contact.get(1), List.of()));
        }

        String council = page("/admin/audit?recordType=person&actor=" + sergeant.name(), users.as("admin"));
        assertThat(council).contains(shared, "Details withheld").doesNotContain(agency, policeOnly);
        assertThat(page("/api/v1/audit/events?size=500&recordType=person", apiKeys.of("admin", Role.ADMINISTRATOR)))
                .contains(shared).doesNotContain(agency, policeOnly);

        String police = administrator("central.admin", sergeant.organisationId(), users.actor("admin"));
        assertThat(page("/admin/audit?recordType=person&actor=" + sergeant.name(), users.as(police)))
                .contains(agency, policeOnly, shared);
    }

    @Test
    void anEventOfARecordTypeNoModuleAnswersForIsWithheldFromEveryone() throws Exception {
        String record = UUID.randomUUID().toString();
        trail.recordIndependently(AuditEntry.system(AuditAction.UPDATE, "unclaimed-test-type", record,
                "Unclaimed " + record, Changes.none().field("secret", null, "unclaimed secret " + record)));
        assertThat(page("/admin/audit?recordId=" + record, users.as("admin")))
                .contains("unclaimed-test-type", "Details withheld").doesNotContain("Unclaimed " + record,
                        "unclaimed secret");
    }

    private String[] secrets() {
        return new String[] {secretTitle, secretMinutes, secretDecision, secretAction, secretPaper};
    }

    private String page(String url, RequestPostProcessor caller) throws Exception {
        MvcResult result = mvc.perform(get(url).with(caller)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private String administrator(String prefix, UUID organisation, Actor createdBy) {
        String username = prefix + "." + unique;
        identity.createUser(createdBy, new NewUser(username, "Test administrator " + username, null, organisation,
                Set.of(Role.ADMINISTRATOR), PASSWORD));
        return username;
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(UUID.class).single();
    }

    private UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }
}
