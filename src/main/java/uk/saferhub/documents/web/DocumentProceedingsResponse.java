package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.saferhub.documents.Approval;
import uk.saferhub.documents.Circulation;
import uk.saferhub.documents.ConsultationComment;
import uk.saferhub.documents.Recipient;

/** What the documents API answers after a circulation, a comment or an approval is recorded. */
final class DocumentProceedingsResponse {

    private DocumentProceedingsResponse() {
    }

    record RecipientResponse(UUID organisationId, UUID bodyId, String name) {

        static RecipientResponse of(Recipient r) {
            return new RecipientResponse(r.organisationId(), r.bodyId() == null ? null : r.bodyId().value(),
                    r.name());
        }
    }

    record CirculationResponse(UUID id, UUID documentId, String version, String purpose, LocalDate sentOn,
            boolean monthOnly, String recipientsLabel, List<RecipientResponse> recipients, LocalDate closesOn,
            String note) {

        static CirculationResponse of(Circulation c) {
            return new CirculationResponse(c.id(), c.documentId(), c.versionLabel(), c.purpose().name(), c.sentOn(),
                    c.monthOnly(), c.recipientsLabel(), c.recipients().stream().map(RecipientResponse::of).toList(),
                    c.closesOn(), c.note());
        }
    }

    record CommentResponse(UUID id, UUID circulationId, String sectionRef, String section,
            RecipientResponse commenter, String text, LocalDate receivedOn) {

        static CommentResponse of(ConsultationComment c) {
            return new CommentResponse(c.id(), c.circulationId(), c.sectionRef(), c.sectionLabel(),
                    RecipientResponse.of(c.commenter()), c.text(), c.receivedOn());
        }
    }

    /** The approval and the version it made ("Version 2.0"). */
    record ApprovalResponse(UUID id, UUID documentId, String version, UUID bodyId, String body, UUID meetingId,
            UUID decisionId, String delegatedTo, LocalDate decidedOn) {

        static ApprovalResponse of(Approval a, String version) {
            return new ApprovalResponse(a.id(), a.documentId(), version, a.bodyId().value(), a.bodyName(),
                    a.meetingId(), a.decisionId(), a.delegatedTo(), a.decidedOn());
        }
    }
}
