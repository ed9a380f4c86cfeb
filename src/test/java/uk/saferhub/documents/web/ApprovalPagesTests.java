package uk.saferhub.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.AccessMatrix;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class ApprovalPagesTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    WorkflowTestDocuments data;

    @Autowired
    Documents documents;

    @Autowired
    JdbcClient jdbc;

    private Document page(String url, String user) throws Exception {
        MvcResult result = mvc.perform(get(url).with(users.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private MvcResult approve(UUID document, String user, String approval) throws Exception {
        return mvc.perform(post("/documents/" + document + "/approve").with(csrf()).with(users.as(user))
                .param("approval", approval)).andReturn();
    }

    private long approvals(UUID document) {
        return data.count("document_approval", "document_id", document);
    }

    @Test
    void onlyAPartysCoordinatorMayRecordTheApproval() {
        var draft = data.leedsDraft("Approval access");
        String url = "/documents/" + draft.id() + "/approve";
        AccessMatrix.forPage(mvc, url)
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("krowan"), users.as("ene.homes"))
                .notFoundFor(users.as("herts.coordinator"))
                .okFor(users.as("mstenton"));
        AccessMatrix.forPage(mvc, () -> post(url).with(csrf()))
                .anonymousRedirectsToSignIn()
                .forbiddenFor(users.as("krowan"), users.as("ene.homes"))
                .notFoundFor(users.as("herts.coordinator"))
                .okFor(users.as("mstenton"));
        assertThat(approvals(draft.id())).isZero();
    }

    @Test
    void theFormNamesTheApprovingBodyAndOffersOnlyItsMeetingsThatHaveHappenedNewestFirst() throws Exception {
        var draft = data.leedsDraft("Approval form");
        Meeting held = data.pastMeeting("Safer Leeds Executive");
        Meeting coming = data.futureMeeting("Safer Leeds Executive");
        Document page = page("/documents/" + draft.id() + "/approve", "mstenton");
        assertThat(page.select("h1").text()).isEqualTo("Record the approval");
        assertThat(page.select(".govuk-summary-list").text()).contains("Approving body Safer Leeds Executive",
                "Draft 1.0, which becomes Version 2.0");
        assertThat(page.text()).contains("Comments received (0)");
        var meetings = page.select("input[name=approval]").eachAttr("value");
        assertThat(meetings).contains(held.id().toString(), "DELEGATED").doesNotContain(coming.id().toString());
        var labels = page.select("label:contains(— Safer Leeds Executive)").eachText();
        assertThat(labels).contains(DAY.format(held.start()) + " — Safer Leeds Executive");
        assertThat(labels.stream().map(label -> LocalDate.parse(label.replace(" — Safer Leeds Executive", ""), DAY))
                .toList()).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(page.select("input#approval")).hasSize(1);
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void approvingAnAlreadyApprovedVersionIsRefusedInTheErrorSummaryAndNothingChanges() throws Exception {
        var approved = data.leedsApproved("Already approved", HandlingLevel.PARTNERSHIP, LocalDate.of(2026, 1, 6));
        Meeting held = data.pastMeeting("Safer Leeds Executive");
        MvcResult result = approve(approved.id(), "mstenton", held.id().toString());
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        var page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary li").text()).isEqualTo("The current version is already"
                + " approved: edit the document to make a new draft before asking for approval again");
        assertThat(approvals(approved.id())).isEqualTo(1);
        assertThat(data.count("meeting_decision", "meeting_id", held.id())).isZero();
        assertThat(data.count("document_version", "document_id", approved.id())).isEqualTo(2);
    }

    @Test
    void approvalAtAMeetingOfAnotherBodyIsRefusedAndNothingChanges() throws Exception {
        var draft = data.leedsDraft("Another body");
        Meeting tasking = data.pastMeeting("East North East local tasking group");
        MvcResult result = approve(draft.id(), "mstenton", tasking.id().toString());
        var page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a[href=#approval]").text()).isEqualTo("Only Safer Leeds"
                + " Executive, the approving body named on this document, can approve it: that meeting is of another"
                + " body");
        assertThat(approvals(draft.id())).isZero();
        assertThat(data.count("meeting_decision", "meeting_id", tasking.id())).isZero();
        assertThat(data.status(draft.id())).isEqualTo("DRAFT");
    }

    @Test
    void approvalAtAMeetingThatHasNotHappenedIsRefused() throws Exception {
        var draft = data.leedsDraft("Meeting to come");
        Meeting coming = data.futureMeeting("Safer Leeds Executive");
        var page = Jsoup.parse(approve(draft.id(), "mstenton", coming.id().toString()).getResponse()
                .getContentAsString());
        assertThat(page.select(".govuk-error-summary a[href=#approval]").text())
                .isEqualTo("That meeting has not happened yet: record the approval after it");
        assertThat(approvals(draft.id())).isZero();
    }

    @Test
    void aDelegatedDecisionNeedsTheDecisionMakerAndTheDate() throws Exception {
        var draft = data.leedsDraft("Delegated");
        var page = Jsoup.parse(mvc.perform(post("/documents/" + draft.id() + "/approve").with(csrf())
                .with(users.as("mstenton")).param("approval", "DELEGATED").param("delegatedTo", "")
                .param("decided.day", "").param("decided.month", "").param("decided.year", ""))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
                "Enter who took the delegated decision", "Enter the date of the delegated decision");
        assertThat(approvals(draft.id())).isZero();

        MvcResult done = mvc.perform(post("/documents/" + draft.id() + "/approve").with(csrf())
                .with(users.as("mstenton")).param("approval", "DELEGATED")
                .param("delegatedTo", "Chief Officer, Safer Leeds").param("decided.day", "6")
                .param("decided.month", "1").param("decided.year", "2026")).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + draft.id());
        assertThat(jdbc.sql("select delegated_to from document_approval where document_id = ?").param(draft.id())
                .query(String.class).single()).isEqualTo("Chief Officer, Safer Leeds");
    }

    @Test
    void aLeedsProtocolGoesOutForCommentGetsACommentOnSection2AndIsApprovedAtTheExecutivesMeeting()
            throws Exception {
        var draft = data.leedsDraft("Journey protocol");
        UUID id = draft.id();
        LocalDate today = LocalDate.now(WorkflowTestDocuments.LONDON);
        String environment = "org:" + data.organisation("Leeds City Council Environmental Services");

        MvcResult sent = mvc.perform(post("/documents/" + id + "/circulate").with(csrf()).with(users.as("mstenton"))
                .param("purpose", "COMMENT").param("recipients", environment)
                .param("sent.day", String.valueOf(today.getDayOfMonth()))
                .param("sent.month", String.valueOf(today.getMonthValue())).param("sent.year", String.valueOf(today.getYear()))
                .param("closes.day", String.valueOf(today.plusDays(14).getDayOfMonth()))
                .param("closes.month", String.valueOf(today.plusDays(14).getMonthValue()))
                .param("closes.year", String.valueOf(today.plusDays(14).getYear()))).andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + id);
        assertThat(data.status(id)).isEqualTo("IN_CONSULTATION");

        Document consultation = page("/documents/" + id + "/consultation", "krowan");
        String commentUrl = consultation.select("a:contains(Record a comment)").attr("href");
        Document commentForm = page(commentUrl, "krowan");
        String section = commentForm.select("select#sectionRef option:contains(PURPOSE OF THIS PROTOCOL)").val();
        assertThat(section).isEqualTo("section-2");
        MvcResult commented = mvc.perform(post(commentUrl).with(csrf()).with(users.as("krowan"))
                .param("commenter", environment).param("sectionRef", section)
                .param("text", "Name the regulatory team officer who attends the tasking meetings")
                .param("received.day", String.valueOf(today.getDayOfMonth()))
                .param("received.month", String.valueOf(today.getMonthValue()))
                .param("received.year", String.valueOf(today.getYear()))).andReturn();
        assertThat(commented.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + id);
        assertThat(data.comments(id)).isEqualTo(1);

        Meeting executive = data.pastMeeting("Safer Leeds Executive");
        Document approveForm = page("/documents/" + id + "/approve", "mstenton");
        assertThat(approveForm.text()).contains("Comments received (1)", "2 PURPOSE OF THIS PROTOCOL",
                "Name the regulatory team officer", "Leeds City Council Environmental Services, received");
        MvcResult approved = approve(id, "mstenton", executive.id().toString());
        assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + id);
        assertThat(approved.getFlashMap().get("success"))
                .isEqualTo("Approved by Safer Leeds Executive: Draft 1.0 is now Version 2.0");

        DocumentView view = documents.view(users.actor("mstenton"), id);
        assertThat(view.latestApproved().label()).isEqualTo("Version 2.0");
        assertThat(view.document().status().name()).isEqualTo("APPROVED");
        assertThat(view.approvals()).singleElement().satisfies(a -> {
            assertThat(a.meetingId()).isEqualTo(executive.id());
            assertThat(a.decidedOn()).isEqualTo(executive.start().toLocalDate());
        });
        assertThat(jdbc.sql("select text from meeting_decision where meeting_id = ?").param(executive.id())
                .query(String.class).single()).contains("Safer Leeds Executive approves", draft.title(),
                "now Version 2.0");
    }
}
