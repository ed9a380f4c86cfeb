package uk.saferhub.documents;

import java.util.List;
import java.util.Set;

/**
 * Everything a document's page shows, already cut to what the viewer may see: drafts and comments only for parties
 * and consultees.
 *
 * @param current the version shown by default: the newest the viewer may see
 * @param latestApproved the newest approved version, or null
 * @param workingDraft the draft after the latest approved version, when the viewer may see drafts, or null
 */
public record DocumentView(Document document, List<DocumentVersion> versions, DocumentVersion current,
        DocumentVersion latestApproved, DocumentVersion workingDraft, List<Circulation> circulations,
        List<ConsultationComment> comments, List<Approval> approvals, List<Review> reviews, Document parent,
        List<Document> children, Document supersedes, List<Document> supersededBy, String approvingBodyName,
        String ownerOrganisationName, List<String> ownerNames, List<String> partyNames, boolean canSeeDrafts,
        boolean canEdit, boolean canManage, Set<DocumentStep> allowedSteps) {

    /** "Martyn Stenton &amp; Katie Rowan, Safer Leeds", as the control block names the owner. */
    public String ownerLine() {
        String people = String.join(" & ", ownerNames);
        return people.isEmpty() ? ownerOrganisationName : people + ", " + ownerOrganisationName;
    }

    /** The lifecycle's view of the document, as far as this viewer sees its drafts (parties see them all). */
    public DocumentLifecycle.State lifecycleState() {
        return new DocumentLifecycle.State(document.status(), latestApproved != null, workingDraft != null,
                document.inForceFrom() != null);
    }

    public boolean allows(DocumentStep step) {
        return allowedSteps.contains(step);
    }
}
