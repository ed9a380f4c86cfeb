package uk.saferhub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.saferhub.documents.DocumentStatus.APPROVED;
import static uk.saferhub.documents.DocumentStatus.DRAFT;
import static uk.saferhub.documents.DocumentStatus.IN_CONSULTATION;
import static uk.saferhub.documents.DocumentStatus.IN_FORCE;
import static uk.saferhub.documents.DocumentStatus.SUPERSEDED;
import static uk.saferhub.documents.DocumentStatus.UNDER_REVIEW;
import static uk.saferhub.documents.DocumentStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.saferhub.documents.DocumentLifecycle.State;
import uk.saferhub.support.RefusalWords;

class DocumentLifecycleTests {

    private static final State NEW_DRAFT = new State(DRAFT, false, true, false);
    private static final State CONSULTING = new State(IN_CONSULTATION, false, true, false);
    private static final State JUST_APPROVED = new State(APPROVED, true, false, false);
    private static final State STANDING = new State(IN_FORCE, true, false, true);
    private static final State REVISING = new State(UNDER_REVIEW, true, true, true);

    @Test
    void aDraftGoesThroughConsultationToApprovalAndIntoForce() {
        assertThat(DocumentLifecycle.after(NEW_DRAFT, DocumentStep.CONSULT, null)).isEqualTo(IN_CONSULTATION);
        assertThat(DocumentLifecycle.after(CONSULTING, DocumentStep.CIRCULATE, null)).isEqualTo(IN_CONSULTATION);
        assertThat(DocumentLifecycle.after(CONSULTING, DocumentStep.APPROVE, null)).isEqualTo(APPROVED);
        assertThat(DocumentLifecycle.after(JUST_APPROVED, DocumentStep.BRING_INTO_FORCE, null)).isEqualTo(IN_FORCE);
    }

    @Test
    void aDraftMayBeApprovedWithoutAConsultation() {
        assertThat(DocumentLifecycle.after(NEW_DRAFT, DocumentStep.APPROVE, null)).isEqualTo(APPROVED);
    }

    @Test
    void editingAConsultedDraftReturnsItToDraftUntilItIsSentAgain() {
        assertThat(DocumentLifecycle.after(CONSULTING, DocumentStep.EDIT_DRAFT, null)).isEqualTo(DRAFT);
    }

    @Test
    void editingAnApprovedOrInForceDocumentPutsItUnderReviewWithANewDraft() {
        assertThat(DocumentLifecycle.after(JUST_APPROVED, DocumentStep.EDIT_DRAFT, null)).isEqualTo(UNDER_REVIEW);
        assertThat(DocumentLifecycle.after(STANDING, DocumentStep.EDIT_DRAFT, null)).isEqualTo(UNDER_REVIEW);
        assertThat(DocumentLifecycle.after(new State(IN_CONSULTATION, true, true, true), DocumentStep.EDIT_DRAFT,
                null)).isEqualTo(UNDER_REVIEW);
    }

    @Test
    void aRevisionIsConsultedOnAndApprovedAgain() {
        assertThat(DocumentLifecycle.after(REVISING, DocumentStep.CONSULT, null)).isEqualTo(IN_CONSULTATION);
        assertThat(DocumentLifecycle.after(REVISING, DocumentStep.APPROVE, null)).isEqualTo(APPROVED);
    }

    @Test
    void anApprovedVersionCannotBeApprovedAgain() {
        assertThatThrownBy(() -> DocumentLifecycle.after(JUST_APPROVED, DocumentStep.APPROVE, null))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("already approved"));
        assertThatThrownBy(() -> DocumentLifecycle.after(STANDING, DocumentStep.APPROVE, null))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("already approved"));
    }

    @Test
    void nothingCanBeSentOutWhenTheNewestVersionIsApproved() {
        assertThatThrownBy(() -> DocumentLifecycle.after(STANDING, DocumentStep.CONSULT, null))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("no draft to send for comment"));
        assertThatThrownBy(() -> DocumentLifecycle.after(JUST_APPROVED, DocumentStep.CIRCULATE, null))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("no draft to circulate"));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = {"DRAFT", "IN_CONSULTATION", "IN_FORCE", "UNDER_REVIEW"})
    void onlyAnApprovedDocumentIsBroughtIntoForce(DocumentStatus status) {
        State state = new State(status, status != DRAFT && status != IN_CONSULTATION, true, status == IN_FORCE);
        assertThatThrownBy(() -> DocumentLifecycle.after(state, DocumentStep.BRING_INTO_FORCE, null))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("Only an approved document"));
    }

    @Test
    void aReviewKeepsReviseOrWithdrawsAStandingDocument() {
        assertThat(DocumentLifecycle.after(STANDING, DocumentStep.RECORD_REVIEW, ReviewOutcome.NO_CHANGE))
                .isEqualTo(IN_FORCE);
        assertThat(DocumentLifecycle.after(STANDING, DocumentStep.RECORD_REVIEW, ReviewOutcome.REVISE))
                .isEqualTo(UNDER_REVIEW);
        assertThat(DocumentLifecycle.after(STANDING, DocumentStep.RECORD_REVIEW, ReviewOutcome.WITHDRAW))
                .isEqualTo(WITHDRAWN);
        assertThat(DocumentLifecycle.after(REVISING, DocumentStep.RECORD_REVIEW, ReviewOutcome.NO_CHANGE))
                .isEqualTo(IN_FORCE);
        assertThat(DocumentLifecycle.after(new State(UNDER_REVIEW, true, true, false), DocumentStep.RECORD_REVIEW,
                ReviewOutcome.NO_CHANGE)).isEqualTo(APPROVED);
    }

    @Test
    void aDraftThatWasNeverApprovedCannotBeReviewedSupersededOrPublished() {
        for (State state : Set.of(NEW_DRAFT, CONSULTING)) {
            assertThatThrownBy(() -> DocumentLifecycle.after(state, DocumentStep.RECORD_REVIEW,
                    ReviewOutcome.NO_CHANGE)).isInstanceOf(DocumentChangeRefused.class)
                    .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("not been approved"));
            assertThatThrownBy(() -> DocumentLifecycle.after(state, DocumentStep.SUPERSEDE, null))
                    .isInstanceOf(DocumentChangeRefused.class)
                    .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("withdraw it instead"));
            assertThatThrownBy(() -> DocumentLifecycle.after(state, DocumentStep.PUBLISH, null))
                    .isInstanceOf(DocumentChangeRefused.class)
                    .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("still a draft"));
        }
    }

    @Test
    void anyStandingOrDraftDocumentMayBeWithdrawn() {
        for (State state : Set.of(NEW_DRAFT, CONSULTING, JUST_APPROVED, STANDING, REVISING)) {
            assertThat(DocumentLifecycle.after(state, DocumentStep.WITHDRAW, null)).isEqualTo(WITHDRAWN);
        }
    }

    @Test
    void aSupersededOrWithdrawnDocumentRefusesEveryStep() {
        for (DocumentStatus ended : EnumSet.of(SUPERSEDED, WITHDRAWN)) {
            State state = new State(ended, true, false, true);
            for (DocumentStep step : DocumentStep.values()) {
                assertThat(DocumentLifecycle.allows(state, step)).as(ended + " " + step).isFalse();
                assertThatThrownBy(() -> DocumentLifecycle.after(state, step, ReviewOutcome.NO_CHANGE))
                        .isInstanceOf(DocumentChangeRefused.class)
                        .satisfies(refused -> assertThat(RefusalWords.of(refused))
                                .contains("nothing more can be done"));
            }
        }
    }

    @Test
    void aStandingDocumentIsSupersededAndMayBePublished() {
        assertThat(DocumentLifecycle.after(STANDING, DocumentStep.SUPERSEDE, null)).isEqualTo(SUPERSEDED);
        assertThat(DocumentLifecycle.after(STANDING, DocumentStep.PUBLISH, null)).isEqualTo(IN_FORCE);
    }
}
