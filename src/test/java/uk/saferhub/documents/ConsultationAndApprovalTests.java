package uk.saferhub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.documents.internal.ControlBlock;
import uk.saferhub.documents.internal.ControlRow;
import uk.saferhub.documents.internal.DisplayDates;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.RefusalWords;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class ConsultationAndApprovalTests {

    @Autowired
    ProtocolFixtures fixtures;

    @Autowired
    Consultations consultations;

    @Autowired
    Approvals approvals;

    @Autowired
    DocumentEditor editor;

    @Autowired
    Documents documents;

    @Autowired
    Meetings meetings;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    private Circulation consult(Document document, LocalDate sent, LocalDate closes) {
        return consultations.circulate(users.actor("mstenton"), document.id(), new NewCirculation(
                CirculationPurpose.COMMENT, List.of(Recipient.organisation(fixtures.organisation(
                        "West Yorkshire Police Leeds District"), null)), "Police", sent, false, closes, null));
    }

    private int rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    @Test
    void approvalAtAMeetingOfTheNamedBodyMakesVersionTwoAndRecordsTheDecision() {
        Document document = fixtures.leedsProtocol("Approved at the Executive");
        consult(document, LocalDate.now().minusDays(20), LocalDate.now().minusDays(10));
        Meeting executive = fixtures.pastMeeting("Safer Leeds Executive", 5);

        Approval approval = approvals.approve(users.actor("mstenton"), document.id(),
                NewApproval.atMeeting(executive.id()));

        DocumentView view = documents.view(users.actor("mstenton"), document.id());
        assertThat(view.document().status()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(view.versions()).extracting(DocumentVersion::shortLabel).containsExactly("Draft 1.0", "Version 2.0");
        assertThat(view.versions()).allMatch(DocumentVersion::frozen);
        assertThat(view.document().nextReviewOn()).isEqualTo(executive.start().toLocalDate().plusMonths(12));
        assertThat(meetings.decisionsOf(executive)).extracting(d -> d.id()).contains(approval.decisionId());
        assertThat(ControlBlock.rows(view, view.latestApproved())).contains(
                new ControlRow("Approved by Safer Leeds Executive", DisplayDates.day(executive.start().toLocalDate())));
    }

    @Test
    void approvalByAnotherBodyIsRefusedAndChangesNothing() {
        Document document = fixtures.leedsProtocol("Approved by the wrong body");
        Meeting areaCommittee = fixtures.pastMeeting("East North East Area Committee", 3);
        int versions = rows("document_version");
        int decisions = rows("meeting_decision");

        assertThatThrownBy(() -> approvals.approve(users.actor("mstenton"), document.id(),
                NewApproval.atMeeting(areaCommittee.id())))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused))
                        .contains("Only Safer Leeds Executive, the approving body named on this document"));
        assertThatThrownBy(() -> approvals.approve(users.actor("mstenton"), document.id(),
                NewApproval.delegated(fixtures.body("East North East Area Committee"), "Chair", LocalDate.now())))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("approving body named"));

        assertThat(rows("document_version")).isEqualTo(versions);
        assertThat(rows("meeting_decision")).isEqualTo(decisions);
        assertThat(documents.view(users.actor("mstenton"), document.id()).document().status())
                .isEqualTo(DocumentStatus.DRAFT);
    }

    @Test
    void approvingAnApprovedVersionIsRefused() {
        Document document = fixtures.leedsProtocol("Approved twice");
        approvals.approve(users.actor("mstenton"), document.id(), NewApproval.delegated(null,
                "Chair of the Safer Leeds Executive", LocalDate.now().minusDays(1)));
        int approvalRows = rows("document_approval");

        assertThatThrownBy(() -> approvals.approve(users.actor("mstenton"), document.id(),
                NewApproval.delegated(null, "Chair of the Safer Leeds Executive", LocalDate.now())))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("already approved"));
        assertThat(rows("document_approval")).isEqualTo(approvalRows);
    }

    @Test
    void aMeetingThatHasNotHappenedCannotApprove() {
        Document document = fixtures.leedsProtocol("Approved in the future");
        Meeting coming = fixtures.pastMeeting("Safer Leeds Executive", -10);

        assertThatThrownBy(() -> approvals.approve(users.actor("mstenton"), document.id(),
                NewApproval.atMeeting(coming.id())))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("has not happened yet"));
    }

    @Test
    void commentsAfterTheClosingDateAreRefused() {
        Document document = fixtures.leedsProtocol("Late comments");
        Circulation circulation = consult(document, LocalDate.now().minusDays(30), LocalDate.now().minusDays(2));
        int comments = rows("document_comment");
        Recipient police = circulation.recipients().getFirst();

        assertThatThrownBy(() -> consultations.comment(users.actor("mstenton"), circulation.id(),
                new NewComment("2.0", police, "Too late", LocalDate.now().minusDays(1))))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("closed on"))
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("after the closing date"));
        assertThat(rows("document_comment")).isEqualTo(comments);

        ConsultationComment inTime = consultations.comment(users.actor("mstenton"), circulation.id(),
                new NewComment("3.1", police, "Add the NPT inspectors to the governance section",
                        LocalDate.now().minusDays(2)));
        assertThat(inTime.sectionLabel()).startsWith("3.1");
    }

    @Test
    void aCommentMustBeOnASectionOfTheCirculatedDraftAndFromSomeoneConsulted() {
        Document document = fixtures.leedsProtocol("Comments on sections");
        Circulation circulation = consult(document, LocalDate.now().minusDays(1), LocalDate.now().plusDays(14));
        Recipient notConsulted = Recipient.organisation(fixtures.organisation("Aire Valley Homes Leeds"), null);

        assertThatThrownBy(() -> consultations.comment(users.actor("mstenton"), circulation.id(),
                new NewComment("9.9", circulation.recipients().getFirst(), "Where is this?", null)))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("has no section 9.9"));
        assertThatThrownBy(() -> consultations.comment(users.actor("mstenton"), circulation.id(),
                new NewComment(null, notConsulted, "We were not asked", null)))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("sent to"));
    }

    @Test
    void aCirculatedDraftIsFrozenSoTheNextEditMakesANewDraftNumber() {
        Document document = fixtures.leedsProtocol("Frozen once sent");
        DocumentVersion sameDraft = editor.saveDraft(users.actor("krowan"), document.id(),
                ProtocolFixtures.LEEDS_CONTENT + "\n# 4.0 CONTACTS\n\nSee Appendix 1(a).\n", "Contacts added");
        assertThat(sameDraft.number()).isEqualTo("1.0");
        consult(document, LocalDate.now(), LocalDate.now().plusDays(7));

        DocumentVersion next = editor.saveDraft(users.actor("krowan"), document.id(),
                ProtocolFixtures.LEEDS_CONTENT + "\n# 4.0 CONTACTS\n\nSee Appendix 1(a) by area.\n", "Wording");

        assertThat(next.number()).isEqualTo("1.1");
        assertThat(documents.view(users.actor("krowan"), document.id()).document().status())
                .isEqualTo(DocumentStatus.DRAFT);
        UUID frozen = sameDraft.id();
        assertThatThrownBy(() -> jdbc.sql("update document_version set content = 'changed' where id = :id")
                .param("id", frozen).update()).hasMessageContaining("frozen");
    }

    @Test
    void markupCarryingScriptIsRefusedAndNothingIsSaved() {
        Document document = fixtures.leedsProtocol("Script in markup");
        int versions = rows("document_version");

        assertThatThrownBy(() -> editor.saveDraft(users.actor("krowan"), document.id(),
                "# 1. PURPOSE\n\n<script>alert(1)</script>\n", null))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("HTML"));
        assertThatThrownBy(() -> editor.saveDraft(users.actor("krowan"), document.id(),
                "# 1. PURPOSE\n\n[click](javascript:alert(1))\n", null))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("javascript:"));
        assertThat(rows("document_version")).isEqualTo(versions);
    }
}
