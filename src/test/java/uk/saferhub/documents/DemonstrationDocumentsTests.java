package uk.saferhub.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.saferhub.documents.internal.ControlBlock;
import uk.saferhub.documents.internal.ControlRow;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

@SaferHubTest
class DemonstrationDocumentsTests {

    @Autowired
    Documents documents;

    @Autowired
    DemoUsers users;

    private DocumentView leedsProtocol(String user) {
        var actor = users.actor(user);
        DocumentListing listing = documents.register(actor, new DocumentFilter("Protocol to Support Local Working",
                null, null, null, false)).getFirst();
        return documents.view(actor, listing.document().id());
    }

    @Test
    void theLeedsProtocolCarriesSeed001sRealControlTable() {
        DocumentView view = leedsProtocol("mstenton");
        List<ControlRow> rows = ControlBlock.rows(view, view.current());
        assertThat(rows).containsExactly(
                new ControlRow("Draft Version 1.0", "October 2011"),
                new ControlRow("Draft to Police, Environmental Services & Community Safety", "October 2011"),
                new ControlRow("Draft to Safer Leeds Executive", "3 November 2011"),
                new ControlRow("Approved by Safer Leeds Executive", ""),
                new ControlRow("Date of Next Review", ""),
                new ControlRow("Document Owner", "Martyn Stenton & Katie Rowan, Safer Leeds"));
        assertThat(view.document().status()).isEqualTo(DocumentStatus.IN_CONSULTATION);
    }

    @Test
    void theGovernanceProtocolWasApprovedByCabinetAfterTheScrutinyPanelsComments() {
        var actor = users.actor("ewilson");
        DocumentListing listing = documents.register(actor, new DocumentFilter("Governance Protocol",
                DocumentType.GOVERNANCE_PROTOCOL, null, null, false)).getFirst();
        DocumentView view = documents.view(actor, listing.document().id());
        assertThat(view.document().status()).isEqualTo(DocumentStatus.IN_FORCE);
        assertThat(view.latestApproved().label()).isEqualTo("Version 2.0");
        assertThat(view.approvals()).singleElement().satisfies(a -> {
            assertThat(a.bodyName()).isEqualTo("Cabinet");
            assertThat(a.decidedOn()).hasToString("2004-02-19");
            assertThat(a.decisionId()).isNotNull();
        });
        assertThat(view.comments()).singleElement().satisfies(c -> {
            assertThat(c.commenter().name()).isEqualTo("Scrutiny Panel (Finance & Planning)");
            assertThat(c.sectionLabel()).startsWith("2.2");
        });
        assertThat(view.parent().type()).isEqualTo(DocumentType.MEMORANDUM_OF_UNDERSTANDING);
        assertThat(view.children()).extracting(Document::type).containsExactly(DocumentType.SERVICE_AGREEMENT);
    }
}
