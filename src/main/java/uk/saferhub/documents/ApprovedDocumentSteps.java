package uk.saferhub.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.documents.internal.DocumentStore;
import uk.saferhub.documents.internal.ProceedingsStore;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * Where an approved document stands after approval: brought into force (superseding its predecessor), reviewed with
 * an outcome, published on the public pages, or withdrawn. Only a party's coordinators; every step audited.
 */
@Service
public class ApprovedDocumentSteps {

    private final DocumentStore store;
    private final ProceedingsStore proceedings;
    private final Documents documents;
    private final DocumentEditor editor;
    private final AuditTrail audit;
    private final Clock clock;

    ApprovedDocumentSteps(DocumentStore store, ProceedingsStore proceedings, Documents documents, DocumentEditor editor,
            AuditTrail audit, Clock clock) {
        this.store = store;
        this.proceedings = proceedings;
        this.documents = documents;
        this.editor = editor;
        this.audit = audit;
        this.clock = clock;
    }

    /** Brings the approved version into force from a date; a document it supersedes is superseded then. */
    @Transactional
    public Document bringIntoForce(Actor actor, UUID id, LocalDate from) {
        Document document = editor.manageable(actor, id, true);
        DocumentStatus next = DocumentLifecycle.after(Documents.state(document, store.versions(id)),
                DocumentStep.BRING_INTO_FORCE, null);
        LocalDate day = from == null ? documents.today() : from;
        Document after = document.inForce(next, day, clock.instant());
        store.update(after);
        audit.recordChange(AuditAction.UPDATE, "document", id, "Brought \"" + document.title() + "\" into force",
                Changes.none().field("status", document.status(), next).field("inForceFrom", document.inForceFrom(),
                        day));
        if (document.supersedesId() != null) {
            store.find(document.supersedesId()).filter(old -> !old.status().ended()).ifPresent(old -> {
                Document superseded = old.withStatus(DocumentStatus.SUPERSEDED, clock.instant());
                store.update(superseded);
                audit.recordChange(AuditAction.UPDATE, "document", old.id(), "\"" + old.title()
                        + "\" superseded by \"" + document.title() + "\"",
                        Changes.none().field("status", old.status(), DocumentStatus.SUPERSEDED));
            });
        }
        return after;
    }

    /** Records a review and its outcome; no change sets the next review date from the review period. */
    @Transactional
    public Review recordReview(Actor actor, UUID id, LocalDate reviewedOn, ReviewOutcome outcome, String note) {
        Document document = editor.manageable(actor, id, true);
        if (outcome == null) {
            throw new DocumentChangeRefused("outcome", "documents.refused.review.outcome");
        }
        DocumentStatus next = DocumentLifecycle.after(Documents.state(document, store.versions(id)),
                DocumentStep.RECORD_REVIEW, outcome);
        LocalDate today = documents.today();
        LocalDate on = reviewedOn == null ? today : reviewedOn;
        if (on.isAfter(today)) {
            throw new DocumentChangeRefused("reviewedOn", "documents.refused.review.reviewedOn");
        }
        String text = DocumentEditor.trimmed(note, 2000, "note", "documents.refused.note.tooLong");
        if (outcome != ReviewOutcome.NO_CHANGE && text == null) {
            throw new DocumentChangeRefused("note", outcome == ReviewOutcome.REVISE
                    ? "documents.refused.review.whyRevised" : "documents.refused.review.whyWithdrawn");
        }
        Review review = new Review(UUID.randomUUID(), id, document.nextReviewOn(), on, outcome, text,
                clock.instant(), DocumentEditor.by(actor));
        proceedings.insertReview(review);
        Document after = document.reviewed(next, outcome, on, clock.instant());
        LocalDate nextReview = after.nextReviewOn();
        store.update(after);
        audit.recordChange(AuditAction.CREATE, "document-review", review.id(), "Recorded a review of \""
                + document.title() + "\": " + outcome.label().toLowerCase(),
                Changes.none().field("outcome", null, outcome).field("status", document.status(), next)
                        .field("nextReviewOn", document.nextReviewOn(), nextReview).field("note", null, text));
        return review;
    }

    /** Withdraws the document for good, with the reason; it leaves the public pages. */
    @Transactional
    public Document withdraw(Actor actor, UUID id, String reason) {
        Document document = editor.manageable(actor, id, true);
        DocumentStatus next = DocumentLifecycle.after(Documents.state(document, store.versions(id)),
                DocumentStep.WITHDRAW, null);
        String why = DocumentEditor.trimmed(reason, 2000, "reason", "documents.refused.reason.tooLong");
        if (why == null) {
            throw new DocumentChangeRefused("reason", "documents.refused.withdraw.reason");
        }
        Document after = document.withdrawn(next, clock.instant());
        store.update(after);
        audit.recordChange(AuditAction.UPDATE, "document", id, "Withdrew \"" + document.title() + "\": " + why,
                Changes.none().field("status", document.status(), next)
                        .field("published", document.published(), false));
        return after;
    }

    /** Publishes an approved PUBLIC document on the public pages, or takes it off them. */
    @Transactional
    public Document publish(Actor actor, UUID id, boolean publish) {
        Document document = editor.manageable(actor, id, true);
        if (publish) {
            DocumentLifecycle.after(Documents.state(document, store.versions(id)), DocumentStep.PUBLISH, null);
            if (document.handlingLevel() != HandlingLevel.PUBLIC) {
                throw new DocumentChangeRefused("handlingLevel", "documents.refused.publish.notPublic",
                        document.handlingLevel().name().toLowerCase().replace('_', ' '));

            }
        }
        Instant at = publish ? (document.published() ? document.publishedAt() : clock.instant()) : null;
        Document after = document.publishedAt(at, clock.instant());
        store.update(after);
        audit.recordChange(AuditAction.UPDATE, "document", id, (publish ? "Published \"" : "Took off the public"
                + " pages \"") + document.title() + "\"",
                Changes.none().field("published", document.published(), publish));
        return after;
    }
}
