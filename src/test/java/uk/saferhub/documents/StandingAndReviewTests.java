package uk.saferhub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.documents.internal.ReviewReminders;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.RefusalWords;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class StandingAndReviewTests {

    @Autowired
    ProtocolFixtures fixtures;

    @Autowired
    Approvals approvals;

    @Autowired
    DocumentEditor editor;

    @Autowired
    ApprovedDocumentSteps standing;

    @Autowired
    Documents documents;

    @Autowired
    ReviewReminders reminders;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    private Document approved(String title, LocalDate on) {
        Document document = fixtures.leedsProtocol(title);
        approvals.approve(users.actor("mstenton"), document.id(), NewApproval.delegated(null,
                "Chair of the Safer Leeds Executive", on));
        return document;
    }

    @Test
    void aNewDocumentComingIntoForceSupersedesTheOneItReplaces() {
        Document old = approved("The old protocol", LocalDate.now().minusYears(2));
        standing.bringIntoForce(users.actor("mstenton"), old.id(), LocalDate.now().minusYears(2));
        Document replacement = fixtures.leedsProtocol("The new protocol");
        editor.revise(users.actor("mstenton"), replacement.id(), new DocumentDetails(replacement.type(),
                replacement.title(), replacement.summary(), replacement.owningOrganisationId(),
                replacement.handlingLevel(), replacement.approvingBodyId(), null, old.id(), 12,
                replacement.parties(), replacement.owners()));
        approvals.approve(users.actor("mstenton"), replacement.id(), NewApproval.delegated(null,
                "Chair of the Safer Leeds Executive", LocalDate.now()));

        standing.bringIntoForce(users.actor("mstenton"), replacement.id(), LocalDate.now());

        assertThat(documents.document(users.actor("mstenton"), old.id()).status())
                .isEqualTo(DocumentStatus.SUPERSEDED);
        assertThat(documents.view(users.actor("mstenton"), old.id()).supersededBy()).extracting(Document::id)
                .containsExactly(replacement.id());
    }

    @Test
    void aReviewWithNoChangeSetsTheNextReviewFromTheReviewPeriod() {
        Document document = approved("Reviewed with no change", LocalDate.now().minusMonths(13));
        standing.bringIntoForce(users.actor("mstenton"), document.id(), LocalDate.now().minusMonths(13));
        assertThat(documents.document(users.actor("mstenton"), document.id()).reviewOverdue(LocalDate.now()))
                .isTrue();
        assertThat(documents.reviewsDue(users.actor("mstenton"), 3)).extracting(l -> l.document().id())
                .contains(document.id());

        standing.recordReview(users.actor("mstenton"), document.id(), LocalDate.now(), ReviewOutcome.NO_CHANGE,
                null);

        Document after = documents.document(users.actor("mstenton"), document.id());
        assertThat(after.nextReviewOn()).isEqualTo(LocalDate.now().plusMonths(12));
        assertThat(after.status()).isEqualTo(DocumentStatus.IN_FORCE);
        assertThat(documents.view(users.actor("mstenton"), document.id()).reviews()).singleElement()
                .satisfies(r -> assertThat(r.dueOn()).isEqualTo(LocalDate.now().minusMonths(1)));
    }

    @Test
    void aReviewToReviseNeedsAReasonAndPutsTheDocumentUnderReview() {
        Document document = approved("Reviewed for revision", LocalDate.now().minusMonths(11));
        standing.bringIntoForce(users.actor("mstenton"), document.id(), null);

        assertThatThrownBy(() -> standing.recordReview(users.actor("mstenton"), document.id(), null,
                ReviewOutcome.REVISE, " ")).isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("revised"));
        standing.recordReview(users.actor("mstenton"), document.id(), null, ReviewOutcome.REVISE,
                "The tasking cycle changed to six-weekly");

        assertThat(documents.document(users.actor("mstenton"), document.id()).status())
                .isEqualTo(DocumentStatus.UNDER_REVIEW);
        DocumentVersion draft = editor.saveDraft(users.actor("krowan"), document.id(),
                ProtocolFixtures.LEEDS_CONTENT + "\n# 4.0 CONTACTS\n\nSee Appendix 1(a).\n", "Revision");
        assertThat(draft.shortLabel()).isEqualTo("Draft 2.1");
    }

    @Test
    void theReviewsDueListLooksAsFarAheadAsAsked() {
        Document document = approved("Due in five months", LocalDate.now().minusMonths(7));

        assertThat(documents.reviewsDue(users.actor("mstenton"), 3)).extracting(l -> l.document().id())
                .doesNotContain(document.id());
        assertThat(documents.reviewsDue(users.actor("mstenton"), 6)).extracting(l -> l.document().id())
                .contains(document.id());
    }

    @Test
    void ownersAreRemindedOnceAheadOfTheReviewDate() {
        Document document = approved("Reminded ahead of review", LocalDate.now().minusMonths(12).plusDays(30));
        assertThat(reminders.remindedAt(documents.document(users.actor("mstenton"), document.id()))).isEmpty();

        int first = reminders.remindOwners();
        int second = reminders.remindOwners();

        assertThat(first).isPositive();
        assertThat(second).isZero();
        assertThat(reminders.remindedAt(documents.document(users.actor("mstenton"), document.id()))).isPresent();
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'document-review-reminder'"
                + " and record_id = :id").param("id", document.id().toString()).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void onlyAPartysCoordinatorWithdrawsAndAWithdrawnDocumentLeavesThePublicPages() {
        Document document = editor.register(null, new DocumentDetails(DocumentType.POLICY_STATEMENT,
                "A published policy " + java.util.UUID.randomUUID(), null, fixtures.organisation("Safer Leeds"),
                HandlingLevel.PUBLIC, fixtures.body("Safer Leeds Executive"), null, null, null, java.util.Set.of(),
                List.of()), ProtocolFixtures.LEEDS_CONTENT, null);
        approvals.approve(null, document.id(), NewApproval.delegated(null, "Chair", LocalDate.now()));
        standing.publish(users.actor("mstenton"), document.id(), true);
        assertThat(documents.view(null, document.id()).document().published()).isTrue();

        assertThatThrownBy(() -> standing.withdraw(users.actor("krowan"), document.id(), "No longer needed"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        standing.withdraw(users.actor("mstenton"), document.id(), "Replaced by the city-wide protocol");

        assertThatThrownBy(() -> documents.view(null, document.id()))
                .isInstanceOf(uk.saferhub.shared.access.RecordNotFoundException.class);
        assertThatThrownBy(() -> editor.saveDraft(users.actor("mstenton"), document.id(),
                ProtocolFixtures.LEEDS_CONTENT, "again")).isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("withdrawn"));
    }
}
