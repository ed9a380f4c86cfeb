package uk.saferhub.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.RefusalWords;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class DraftAccessTests {

    @Autowired
    ProtocolFixtures fixtures;

    @Autowired
    Consultations consultations;

    @Autowired
    Approvals approvals;

    @Autowired
    ApprovedDocumentSteps standing;

    @Autowired
    Documents documents;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    private boolean inRegister(String user, Document document) {
        return documents.register(users.actor(user), DocumentFilter.all()).stream()
                .anyMatch(l -> l.document().id().equals(document.id()));
    }

    @Test
    void aDraftIsSeenOnlyByItsPartiesAndThoseConsultedOnIt() {
        Document draft = fixtures.leedsProtocol("Draft seen by parties");

        assertThat(documents.view(users.actor("krowan"), draft.id()).canSeeDrafts()).isTrue();
        assertThat(inRegister("krowan", draft)).isTrue();
        // an ALMO shares with Safer Leeds as a partner, but is neither a party nor consulted
        assertThatThrownBy(() -> documents.view(users.actor("ene.homes"), draft.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(inRegister("ene.homes", draft)).isFalse();
        assertThatThrownBy(() -> documents.view(null, draft.id())).isInstanceOf(RecordNotFoundException.class);

        consultations.circulate(users.actor("mstenton"), draft.id(), new NewCirculation(CirculationPurpose.COMMENT,
                List.of(Recipient.organisation(fixtures.organisation("East North East Homes Leeds"), null)), null,
                LocalDate.now(), false, LocalDate.now().plusDays(14), null));

        assertThat(documents.view(users.actor("ene.homes"), draft.id()).canSeeDrafts()).isTrue();
        assertThat(inRegister("ene.homes", draft)).isTrue();
        assertThatThrownBy(() -> documents.view(users.actor("herts.coordinator"), draft.id()))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aPersonHoldingASeatOnAConsultedBodySeesTheDraft() {
        Document draft = fixtures.leedsProtocol("Draft sent to the Executive");
        // ene.inspector is East North East NPT Inspector, who sits on the East North East tasking group
        assertThatThrownBy(() -> documents.view(users.actor("ene.inspector"), draft.id()))
                .isInstanceOf(RecordNotFoundException.class);

        consultations.circulate(users.actor("mstenton"), draft.id(), new NewCirculation(CirculationPurpose.COMMENT,
                List.of(Recipient.body(fixtures.body("East North East local tasking group"), null)), null,
                LocalDate.now(), false, LocalDate.now().plusDays(14), null));

        assertThat(documents.view(users.actor("ene.inspector"), draft.id()).canSeeDrafts()).isTrue();
    }

    @Test
    void onceApprovedEveryPartnerSeesTheApprovedVersionButNotTheNextDraft() {
        Document document = fixtures.leedsProtocol("Approved for partners");
        approvals.approve(users.actor("mstenton"), document.id(), NewApproval.delegated(null,
                "Chair of the Safer Leeds Executive", LocalDate.now()));

        DocumentView partner = documents.view(users.actor("ene.homes"), document.id());
        assertThat(partner.canSeeDrafts()).isFalse();
        assertThat(partner.versions()).extracting(DocumentVersion::shortLabel).containsExactly("Version 2.0");
        assertThat(partner.current().approved()).isTrue();
        assertThatThrownBy(() -> documents.version(users.actor("ene.homes"), document.id(), "1.0"))
                .isInstanceOf(RecordNotFoundException.class);
        // Hertfordshire is not a partner of Safer Leeds
        assertThatThrownBy(() -> documents.view(users.actor("herts.coordinator"), document.id()))
                .isInstanceOf(RecordNotFoundException.class);
        // not public until published, and only PUBLIC documents may be published
        assertThatThrownBy(() -> documents.view(null, document.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> standing.publish(users.actor("mstenton"), document.id(), true))
                .isInstanceOf(DocumentChangeRefused.class)
                .satisfies(refused -> assertThat(RefusalWords.of(refused)).contains("handling level is public"));
    }

    @Test
    void viewsOfDraftsAndRefusalsAreAudited() {
        Document draft = fixtures.leedsProtocol("Audited draft");
        documents.view(users.actor("krowan"), draft.id());
        assertThatThrownBy(() -> documents.view(users.actor("ene.homes"), draft.id()))
                .isInstanceOf(RecordNotFoundException.class);

        assertThat(jdbc.sql("select action from audit_event where record_type = 'document' and record_id = :id"
                + " and action in ('VIEW', 'ACCESS_REFUSED') order by seq").param("id", draft.id().toString())
                .query(String.class).list()).containsExactly("VIEW", "ACCESS_REFUSED");
    }
}
