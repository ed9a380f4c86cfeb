package uk.saferhub.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.saferhub.directory.Directory;
import uk.saferhub.partnership.internal.BodyGovernance;
import uk.saferhub.partnership.internal.BodyRelations;
import uk.saferhub.partnership.internal.Governance;
import uk.saferhub.partnership.internal.RelationKind;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** Reporting lines that would make a loop, and seats that would overlap, are refused with nothing changed. */
@SaferHubTest
class StructureRulesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Partnership partnership;

    @Autowired
    PartnershipEditor editor;

    @Autowired
    BodyRelations relations;

    @Autowired
    BodyGovernance governance;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    PartnershipTestData data;

    @BeforeEach
    void setUp() {
        data = new PartnershipTestData(partnership, editor, directory, jdbc);
    }

    Document page(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    MockHttpServletRequestBuilder relation(BodyId from, BodyId to, String kind) {
        return post("/partnership/bodies/" + from + "/relations").with(csrf()).param("kind", kind)
                .param("to", to.toString());
    }

    @Test
    void aReportingLineThatWouldCloseALoopIsRefusedAndNothingChanges() throws Exception {
        Body top = data.freshBody("Loop top", "Huntingdonshire District Council");
        Body middle = data.freshBody("Loop middle", "Huntingdonshire District Council");
        Body bottom = data.freshBody("Loop bottom", "Huntingdonshire District Council");
        relations.add(null, bottom.id(), middle.id(), RelationKind.REPORTS_TO);
        relations.add(null, middle.id(), top.id(), RelationKind.REPORTS_TO);

        Document refused = page(AccessMatrix.forPage(mvc, () -> relation(top.id(), bottom.id(), "REPORTS_TO"))
                .as(users.as("ewilson")));
        assertThat(refused.select(".govuk-error-summary a[href=#to]").text()).isEqualTo(bottom.name()
                + " already reports, directly or through other bodies, to " + top.name() + ", so " + top.name()
                + " cannot report to it: that would make a loop");
        assertThat(data.relations(top.id())).isZero();

        var linked = AccessMatrix.forPage(mvc, () -> relation(top.id(), bottom.id(), "LINKS_WITH"))
                .as(users.as("ewilson"));
        assertThat(linked.getResponse().getRedirectedUrl()).endsWith("/relations");
        assertThat(data.relations(top.id())).isEqualTo(1);
        assertThat(data.audited("CREATE", "body-relation", top.id())).isEqualTo(1);
    }

    @Test
    void addingARelationIsForCoordinatorsOfTheBodysPartnership() throws Exception {
        Body from = data.freshBody("Relation from", "Huntingdonshire District Council");
        Body to = data.freshBody("Relation to", "Huntingdonshire District Council");
        AccessMatrix.forPage(mvc, () -> relation(from.id(), to.id(), "REPORTS_TO"))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("cambs.analyst"))
                .notFoundFor(users.as("mstenton"));
        assertThat(data.relations(from.id())).isZero();
        AccessMatrix.forPage(mvc, () -> relation(from.id(), to.id(), "REPORTS_TO")).allowedFor(users.as("ewilson"));
        assertThat(data.relations(from.id())).isEqualTo(1);
        AccessMatrix.forPage(mvc, () -> post("/partnership/bodies/" + from.id() + "/relations/remove").with(csrf())
                .param("to", to.id().toString()).param("kind", "REPORTS_TO"))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("cambs.analyst"))
                .notFoundFor(users.as("mstenton"))
                .allowedFor(users.as("ewilson"));
        assertThat(data.relations(from.id())).isZero();
        assertThat(data.audited("DELETE", "body-relation", from.id())).isEqualTo(1);
    }

    MockHttpServletRequestBuilder seat(BodyId body, UUID person, String role, String from, String to) {
        String[] f = from.split("-");
        var request = post("/partnership/bodies/" + body + "/memberships/new").with(csrf())
                .param("personId", person.toString()).param("role", role)
                .param("representing", "organisation:" + data.organisation("Huntingdonshire District Council"))
                .param("from.year", f[0]).param("from.month", f[1]).param("from.day", f[2]);
        if (to != null) {
            String[] t = to.split("-");
            request.param("to.year", t[0]).param("to.month", t[1]).param("to.day", t[2]);
        }
        return request;
    }

    @Test
    void theSamePersonInTheSameRoleForOverlappingDatesIsRefused() throws Exception {
        Body body = data.freshBody("Seats group", "Huntingdonshire District Council");
        UUID wilson = data.person("Mrs E Wilson");
        var first = AccessMatrix.forPage(mvc, () -> seat(body.id(), wilson, "CHAIR", "2020-01-01", "2021-12-31"))
                .as(users.as("ewilson"));
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/partnership/bodies/" + body.id());
        assertThat(data.seats(body.id())).isEqualTo(1);
        UUID seatId = partnership.membersOf(body.id()).getFirst().id();
        assertThat(data.audited("CREATE", "body-membership", seatId)).isEqualTo(1);

        Document refused = page(AccessMatrix.forPage(mvc,
                () -> seat(body.id(), wilson, "CHAIR", "2021-06-01", null)).as(users.as("ewilson")));
        assertThat(refused.select(".govuk-error-summary a[href=#role]").text()).isEqualTo("This person already holds "
                + "the seat of chair on " + body.name() + " from 2020-01-01 to 2021-12-31: choose other dates or "
                + "another role");
        assertThat(data.seats(body.id())).isEqualTo(1);

        var later = AccessMatrix.forPage(mvc, () -> seat(body.id(), wilson, "CHAIR", "2022-01-01", null))
                .as(users.as("ewilson"));
        assertThat(later.getResponse().getRedirectedUrl()).isEqualTo("/partnership/bodies/" + body.id());
        var otherRole = AccessMatrix.forPage(mvc, () -> seat(body.id(), wilson, "ADVISER", "2020-06-01", null))
                .as(users.as("ewilson"));
        assertThat(otherRole.getResponse().getRedirectedUrl()).isEqualTo("/partnership/bodies/" + body.id());
        assertThat(data.seats(body.id())).isEqualTo(3);
    }

    @Test
    void aSeatEndingBeforeItStartsIsRefused() throws Exception {
        Body body = data.freshBody("Backwards seat group", "Huntingdonshire District Council");
        Document refused = page(AccessMatrix.forPage(mvc,
                () -> seat(body.id(), data.person("Mrs E Wilson"), "MEMBER", "2020-05-01", "2020-04-30"))
                .as(users.as("ewilson")));
        assertThat(refused.select(".govuk-error-summary a[href=\"#to.day\"]").text()).contains("after the start date");
        assertThat(data.seats(body.id())).isZero();
    }

    @Test
    void governanceArrangementsAreRecordedAndAudited() throws Exception {
        Body body = data.freshBody("Governed group", "Huntingdonshire District Council");
        var result = AccessMatrix.forPage(mvc, () -> post("/partnership/bodies/" + body.id() + "/governance")
                .with(csrf()).param("termsOfReference", "To agree priorities")
                .param("chairPersonId", data.person("Mrs E Wilson").toString()).param("quorum", "4")
                .param("meetingFrequency", "Every six weeks").param("reviewed.day", "1")
                .param("reviewed.month", "3").param("reviewed.year", "2013")).as(users.as("ewilson"));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/partnership/bodies/" + body.id());
        Governance recorded = governance.of(body.id()).orElseThrow();
        assertThat(recorded.quorum()).isEqualTo(4);
        assertThat(recorded.overdueForReview(partnership.today())).isTrue();
        assertThat(data.audited("UPDATE", "body-governance", body.id())).isEqualTo(1);
        String overview = AccessMatrix.forPage(mvc, "/partnership/governance").as(users.as("cambs.analyst"))
                .getResponse().getContentAsString();
        assertThat(overview).contains(body.name(), "Review overdue");
    }

    @Test
    void aSeatIsChangedOnlyByACoordinatorOfTheBodysPartnershipAndTheChangeIsAudited() throws Exception {
        Body body = data.freshBody("Changing seats group", "Huntingdonshire District Council");
        Membership seat = editor.saveMembership(null, body.id(), null, new MembershipDetails(
                data.person("Mrs E Wilson"), null, null, MembershipRole.MEMBER, java.time.LocalDate.of(2020, 1, 1),
                null));
        AccessMatrix.forPage(mvc, "/partnership/memberships/" + seat.id() + "/edit")
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("cambs.analyst"))
                .notFoundFor(users.as("mstenton"))
                .okFor(users.as("ewilson"));
        var result = AccessMatrix.forPage(mvc, () -> post("/partnership/memberships/" + seat.id() + "/edit")
                .with(csrf()).param("personId", seat.personId().toString()).param("role", "MEMBER")
                .param("from.year", "2020").param("from.month", "1").param("from.day", "1")
                .param("to.year", "2020").param("to.month", "12").param("to.day", "31")).as(users.as("ewilson"));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/partnership/bodies/" + body.id());
        assertThat(partnership.membersOf(body.id()).getFirst().to()).isEqualTo(java.time.LocalDate.of(2020, 12, 31));
        assertThat(data.audited("UPDATE", "body-membership", seat.id())).isEqualTo(1);
    }
}
