package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.DocumentChangeRefused;
import uk.saferhub.documents.DocumentDetails;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.documents.NewApproval;
import uk.saferhub.documents.NewCirculation;
import uk.saferhub.documents.NewComment;
import uk.saferhub.documents.Recipient;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.HandlingLevel;

/** Bodies of the documents API's write requests; dates as yyyy-mm-dd. */
final class DocumentRequests {

    private DocumentRequests() {
    }

    /** A document to register with its first draft; the owner is the caller's organisation unless given. */
    record RegisterRequest(DocumentType type, String title, String summary, UUID owningOrganisationId,
            HandlingLevel handlingLevel, UUID approvingBodyId, UUID parentId, UUID supersedesId,
            Integer reviewPeriodMonths, Set<UUID> parties, List<UUID> owners, String content, String firstNumber) {

        DocumentDetails details() {
            return new DocumentDetails(type, title, summary, owningOrganisationId, handlingLevel,
                    approvingBodyId == null ? null : BodyId.of(approvingBodyId), parentId, supersedesId,
                    reviewPeriodMonths, parties == null ? Set.of() : parties, owners == null ? List.of() : owners);
        }
    }

    record DraftRequest(String content, String changeNote) {
    }

    /** An organisation or a body: exactly one of the two. */
    record RecipientRequest(UUID organisationId, UUID bodyId) {

        Recipient recipient(String field) {
            if ((organisationId == null) == (bodyId == null)) {
                throw new DocumentChangeRefused(field, "documents.api.recipient.oneOfTwo");
            }
            return organisationId != null ? Recipient.organisation(organisationId, null)
                    : Recipient.body(BodyId.of(bodyId), null);
        }
    }

    /** A circulation of the newest draft; for APPROVAL the recipients are the approving body whatever is sent. */
    record CirculationRequest(CirculationPurpose purpose, List<RecipientRequest> recipients, String recipientsLabel,
            LocalDate sentOn, Boolean monthOnly, LocalDate closesOn, String note) {

        NewCirculation details() {
            List<Recipient> to = new ArrayList<>();
            if (recipients != null) {
                for (RecipientRequest recipient : recipients) {
                    if (recipient == null) {
                        throw new DocumentChangeRefused("recipients", "documents.api.recipient.empty");

                    }
                    to.add(recipient.recipient("recipients"));
                }
            }
            return new NewCirculation(purpose, to, recipientsLabel, sentOn, Boolean.TRUE.equals(monthOnly), closesOn,
                    note);
        }
    }

    /** A consultee's comment, by an organisation or a body the draft went to, on a section or the whole draft. */
    record CommentRequest(String sectionRef, UUID commenterOrganisationId, UUID commenterBodyId, String text,
            LocalDate receivedOn) {

        NewComment details() {
            Recipient commenter = new RecipientRequest(commenterOrganisationId, commenterBodyId)
                    .recipient("commenter");
            return new NewComment(sectionRef, commenter, text, receivedOn);
        }
    }

    /** An approval at a meeting of the approving body, or a delegated decision naming who took it and when. */
    record ApprovalRequest(UUID meetingId, UUID decisionId, UUID bodyId, String delegatedTo, LocalDate decidedOn) {

        NewApproval details() {
            return new NewApproval(bodyId == null ? null : BodyId.of(bodyId), meetingId, decisionId, delegatedTo,
                    decidedOn);
        }
    }

    record RolloutRequest(UUID placeId, LocalDate fromOn) {
    }
}
