package uk.saferhub.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.documents.internal.DocumentStore;
import uk.saferhub.documents.internal.ProceedingsStore;
import uk.saferhub.meetings.Decision;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;

/**
 * Records a draft's approval as seed 000 does: only the approving body named on the document approves it, at one of
 * its meetings (where the decision is recorded) or by a delegated decision. Approval freezes the draft and makes it
 * Version N.0, and sets the next review from the review period. Every approval is audited.
 */
@Service
public class Approvals {

    private final DocumentStore store;
    private final ProceedingsStore proceedings;
    private final Documents documents;
    private final DocumentEditor editor;
    private final Partnership partnership;
    private final Meetings meetings;
    private final MeetingScheduler scheduler;
    private final MeetingRecorder recorder;
    private final AuditTrail audit;
    private final Clock clock;

    Approvals(DocumentStore store, ProceedingsStore proceedings, Documents documents, DocumentEditor editor,
            Partnership partnership, Meetings meetings, MeetingScheduler scheduler, MeetingRecorder recorder,
            AuditTrail audit, Clock clock) {
        this.store = store;
        this.proceedings = proceedings;
        this.documents = documents;
        this.editor = editor;
        this.partnership = partnership;
        this.meetings = meetings;
        this.scheduler = scheduler;
        this.recorder = recorder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the approving body's approval of the newest draft. Refused for another body, for an approved version,
     * and for a meeting that was cancelled or has not happened.
     */
    @Transactional
    public Approval approve(Actor actor, UUID id, NewApproval details) {
        Document document = editor.manageable(actor, id, true);
        List<DocumentVersion> versions = store.versions(id);
        DocumentStatus next = DocumentLifecycle.after(Documents.state(document, versions), DocumentStep.APPROVE,
                null);
        if (document.approvingBodyId() == null) {
            throw new DocumentChangeRefused("bodyId", "documents.refused.approval.noBody");
        }
        Body body = partnership.body(document.approvingBodyId()).orElseThrow();
        Meeting meeting = null;
        LocalDate decided;
        String delegated = DocumentEditor.trimmed(details.delegatedTo(), 200, "delegatedTo",
                "documents.refused.delegatedTo.tooLong");
        if (details.meetingId() != null) {
            meeting = actor == null ? scheduler.editableMeeting(null, details.meetingId())
                    : meetings.meetingOnly(actor, details.meetingId());
            if (!meeting.bodyId().equals(document.approvingBodyId())) {
                throw new DocumentChangeRefused("meetingId", "documents.refused.approval.otherBodysMeeting",
                        body.name());
            }
            if (meeting.cancelled()) {
                throw new DocumentChangeRefused("meetingId", "documents.refused.approval.cancelled");
            }
            decided = meeting.start().toLocalDate();
            if (decided.isAfter(documents.today())) {
                throw new DocumentChangeRefused("meetingId", "documents.refused.approval.notHappened");
            }
            if (actor != null && !partnership.mayEdit(actor, body)) {
                throw new DocumentChangeRefused("meetingId", "documents.refused.approval.notRecorder", body.name());
            }
        } else {
            if (details.bodyId() != null && !details.bodyId().equals(document.approvingBodyId())) {
                throw new DocumentChangeRefused("bodyId", "documents.refused.approval.otherBody", body.name());
            }
            if (delegated == null) {
                throw new DocumentChangeRefused("meetingId", "documents.refused.approval.meetingOrDelegate",
                        body.name());
            }
            decided = details.decidedOn();
            if (decided == null || decided.isAfter(documents.today())) {
                throw new DocumentChangeRefused("decidedOn", "documents.refused.approval.decidedOn");
            }
        }
        DocumentVersion draft = versions.getLast();
        DocumentVersion approved = new DocumentVersion(UUID.randomUUID(), id, draft.major() + 1, 0, true, true,
                draft.content(), "Approved by " + body.name(), DocumentEditor.by(actor), clock.instant(),
                clock.instant());
        store.freeze(draft.id());
        store.insertVersion(approved);
        Decision decision = meeting == null ? null : decisionFor(actor, meeting, details.decisionId(),
                body.name() + " approves \"" + document.title() + "\" (" + draft.label() + ", now "
                        + approved.label() + ").");
        Approval approval = new Approval(UUID.randomUUID(), id, draft.id(), approved.id(), body.id(), body.name(),
                meeting == null ? null : meeting.id(), decision == null ? null : decision.id(),
                meeting == null ? delegated : null, decided, clock.instant(), DocumentEditor.by(actor));
        proceedings.insertApproval(approval);
        Document after = document.approved(next, decided, clock.instant());
        LocalDate nextReview = after.nextReviewOn();
        store.update(after);
        audit.recordChange(AuditAction.CREATE, "document-approval", approval.id(), "Approval of \""
                + document.title() + "\" by " + body.name() + ": " + draft.label() + " became " + approved.label(),
                Changes.none().field("status", document.status(), next).field("version", draft.number(),
                        approved.number()).field("meetingId", null, approval.meetingId())
                        .field("delegatedTo", null, approval.delegatedTo()).field("decidedOn", null, decided)
                        .field("nextReviewOn", document.nextReviewOn(), nextReview));
        return approval;
    }

    private Decision decisionFor(Actor actor, Meeting meeting, UUID decisionId, String text) {
        if (decisionId == null) {
            return recorder.recordDecision(actor, meeting.id(), null, text);
        }
        return meetings.decisionsOf(meeting).stream().filter(d -> d.id().equals(decisionId)).findFirst()
                .orElseThrow(() -> new DocumentChangeRefused("decisionId", "documents.refused.approval.decision"));

    }
}
