package uk.saferhub.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import uk.saferhub.workforce.internal.Training;
import uk.saferhub.workforce.internal.TrainingGap;
import uk.saferhub.workforce.internal.TrainingOfficer;

/**
 * What training a service agreement requires where, and which active PCSOs attached there lack it: seed 000's
 * responsible dog ownership service agreement, piloted in St Neots.
 */
@SaferHubTest
class TrainingGapsTests {

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
    Training training;

    @Autowired
    AuditTrail audit;

    TrainingTestData data;
    LocalDate today = LocalDate.now();
    String topic;
    UUID area;
    UUID attached;
    String attachedName;

    @BeforeEach
    void setUp() {
        data = new TrainingTestData(jdbc, directory, places);
        topic = TrainingTestData.unique("Responsible dog ownership service agreement");
        UUID eaton = data.ward(TrainingTestData.unique("St Neots Eaton"));
        UUID priory = data.ward(TrainingTestData.unique("St Neots Priory Park"));
        UUID outside = data.ward(TrainingTestData.unique("Huntingdon North"));
        area = data.area(TrainingTestData.unique("St Neots trial area"), List.of(eaton, priory));
        attachedName = TrainingTestData.unique("Harper Attached");
        attached = data.pcso(attachedName, TrainingTestData.CENTRAL_DIVISION);
        data.attach(attached, eaton, today.minusMonths(6), null);
        UUID formerly = data.pcso(TrainingTestData.unique("Ira Formerly"), TrainingTestData.CENTRAL_DIVISION);
        data.attach(formerly, priory, today.minusYears(2), today.minusMonths(1));
        UUID onLeave = data.pcso(TrainingTestData.unique("Jo OnLeave"), TrainingTestData.CENTRAL_DIVISION,
                "ON_LEAVE", null, null);
        data.attach(onLeave, priory, today.minusMonths(6), null);
        UUID elsewhere = data.pcso(TrainingTestData.unique("Kit Elsewhere"), TrainingTestData.CENTRAL_DIVISION);
        data.attach(elsewhere, outside, today.minusMonths(6), null);
    }

    UUID addRequirement(String user, String areaId, String schemeId) throws Exception {
        MvcResult result = mvc.perform(post("/workforce/training/requirements").with(csrf()).with(users.as(user))
                .param("topic", topic).param("requiredBy", "Service agreement pilot in St Neots")
                .param("areaId", areaId).param("schemeId", schemeId)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/workforce/training/requirements");
        return jdbc.sql("select id from workforce_training_requirement where topic = ? order by created_at desc"
                + " limit 1").param(topic).query(UUID.class).single();
    }

    /** The text of the requirement's part of the page (up to the next heading), or null when it is not shown. */
    String section(String user) throws Exception {
        MvcResult result = mvc.perform(get("/workforce/training/requirements").with(users.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        Element heading = page.selectFirst("h2:containsOwn(" + topic + ")");
        if (heading == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Element next = heading.nextElementSibling(); next != null && !next.tagName().equals("h2");
                next = next.nextElementSibling()) {
            text.append(next.text()).append(' ');
        }
        return text.toString();
    }

    @Test
    void anActivePcsoAttachedToAWardInTheAreaLacksTheTrainingUntilTheyAttendAnEventOnItsTopic() throws Exception {
        UUID requirement = addRequirement("ewilson", area.toString(), "");
        TrainingGap gap = training.gaps(users.actor("central.sergeant")).stream()
                .filter(one -> one.requirement().id().equals(requirement)).findFirst().orElseThrow();
        assertThat(gap.appliesTo()).extracting(TrainingOfficer::id).containsExactly(attached);
        assertThat(gap.lacking()).extracting(TrainingOfficer::id).containsExactly(attached);
        assertThat(section("central.sergeant")).contains("1 PCSO lacks this training", attachedName);

        UUID event = data.event(TrainingTestData.unique("Service agreements training"), topic.toUpperCase(),
                today.minusDays(2), TrainingTestData.HUNTINGDONSHIRE);
        mvc.perform(post("/workforce/training/" + event + "/attendance").with(csrf()).with(users.as("ewilson"))
                .param("attended", attached.toString()));

        assertThat(training.gaps(users.actor("central.sergeant")).stream()
                .filter(one -> one.requirement().id().equals(requirement)).findFirst().orElseThrow().lacking())
                .isEmpty();
        assertThat(section("central.sergeant"))
                .contains("Every active PCSO it applies to has attended an event on this topic")
                .doesNotContain(attachedName);
        assertThat(audit.historyOf("training-requirement", requirement.toString())).extracting(AuditRecord::action)
                .containsExactly("CREATE");
    }

    @Test
    void aSchemeRequirementAppliesToTheSchemesPcsos() throws Exception {
        UUID scheme = data.scheme(TrainingTestData.unique("HDC funded PCSOs"), TrainingTestData.HUNTINGDONSHIRE);
        String funded = TrainingTestData.unique("Lou Funded");
        UUID pcso = data.pcso(funded, TrainingTestData.CENTRAL_DIVISION, "ACTIVE", null, scheme);
        UUID requirement = addRequirement("ewilson", "", scheme.toString());
        TrainingGap gap = training.gaps(users.actor("ewilson")).stream()
                .filter(one -> one.requirement().id().equals(requirement)).findFirst().orElseThrow();
        assertThat(gap.lacking()).extracting(TrainingOfficer::id).containsExactly(pcso);
        assertThat(gap.requirement().appliesTo()).startsWith("PCSOs of HDC funded PCSOs");
        UUID both = addRequirement("ewilson", area.toString(), scheme.toString());
        assertThat(training.gaps(users.actor("ewilson")).stream().filter(one -> one.requirement().id().equals(both))
                .findFirst().orElseThrow().appliesTo()).isEmpty();
    }

    @Test
    void requirementsAreSeenWithinTheOwnersPartnershipsAndChangedByItsCoordinators() throws Exception {
        AccessMatrix.forPage(mvc, "/workforce/training/requirements").anonymousRedirectsToSignIn()
                .okFor(users.as("cambs.analyst"), users.as("panel.member"), users.as("mstenton"));
        AccessMatrix.forPage(mvc, () -> post("/workforce/training/requirements").with(csrf()).param("topic", topic)
                        .param("requiredBy", "Anything"))
                .anonymousRedirectsToSignIn().forbiddenFor(users.as("cambs.analyst"), users.as("central.sergeant"));
        assertThat(jdbc.sql("select count(*) from workforce_training_requirement where topic = ?").param(topic)
                .query(Long.class).single()).isZero();
        UUID requirement = addRequirement("ewilson", area.toString(), "");
        assertThat(section("mstenton")).isNull();
        assertThat(section("cambs.analyst")).isNotNull();
        assertThat(Jsoup.parse(mvc.perform(get("/workforce/training/requirements").with(users.as("cambs.analyst")))
                .andReturn().getResponse().getContentAsString()).select("form[action$=/remove]")).isEmpty();

        String remove = "/workforce/training/requirements/" + requirement + "/remove";
        AccessMatrix.forPage(mvc, () -> post(remove).with(csrf())).anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("cambs.analyst")).notFoundFor(users.as("mstenton"), users.as("leeds.admin"));
        AccessMatrix.forPage(mvc, () -> post(remove).with(csrf())).allowedFor(users.as("dgregson"));
        assertThat(jdbc.sql("select count(*) from workforce_training_requirement where id = ?").param(requirement)
                .query(Long.class).single()).isZero();
        assertThat(audit.historyOf("training-requirement", requirement.toString())).extracting(AuditRecord::action)
                .as("the refusals to Leeds are audited too").containsExactly("CREATE", "ACCESS_REFUSED",
                        "ACCESS_REFUSED", "DELETE");
    }

    @Test
    void aRequirementWithoutTopicOrWithAnUnknownAreaIsRefusedAndNothingIsSaved() throws Exception {
        long before = data.count("workforce_training_requirement");
        MvcResult noTopic = mvc.perform(post("/workforce/training/requirements").with(csrf())
                .with(users.as("ewilson")).param("topic", " ").param("requiredBy", "Pilot in St Neots")).andReturn();
        Document page = Jsoup.parse(noTopic.getResponse().getContentAsString());
        assertThat(noTopic.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#topic");
        assertThat(page.select("#topic-error").text()).contains("Enter the training topic required");
        Document unknown = Jsoup.parse(mvc.perform(post("/workforce/training/requirements").with(csrf())
                .with(users.as("ewilson")).param("topic", topic).param("requiredBy", "Pilot")
                .param("areaId", UUID.randomUUID().toString()).param("schemeId", "not-a-scheme")).andReturn()
                .getResponse().getContentAsString());
        assertThat(unknown.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#schemeId");
        Document unknownArea = Jsoup.parse(mvc.perform(post("/workforce/training/requirements").with(csrf())
                .with(users.as("ewilson")).param("topic", topic).param("requiredBy", "Pilot\nSt Neots")
                .param("areaId", UUID.randomUUID().toString())).andReturn().getResponse().getContentAsString());
        assertThat(unknownArea.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#requiredBy");
        Document areaOnly = Jsoup.parse(mvc.perform(post("/workforce/training/requirements").with(csrf())
                .with(users.as("ewilson")).param("topic", topic).param("requiredBy", "Pilot")
                .param("areaId", UUID.randomUUID().toString())).andReturn().getResponse().getContentAsString());
        assertThat(areaOnly.select(".govuk-error-summary").text()).contains("Choose the area from the list");
        assertThat(data.count("workforce_training_requirement")).isEqualTo(before);
    }
}
