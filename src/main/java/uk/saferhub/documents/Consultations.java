package uk.saferhub.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.documents.internal.ControlBlock;
import uk.saferhub.documents.internal.DisplayDates;
import uk.saferhub.documents.internal.DocumentMarkup;
import uk.saferhub.documents.internal.DocumentStore;
import uk.saferhub.documents.internal.ProceedingsStore;
import uk.saferhub.documents.internal.Section;
import uk.saferhub.meetings.Decision;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.MeetingScheduler;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * Takes a draft through consultation to approval as seed 000 does: the draft goes out (for comment by a closing
 * date, for information, or to the approving body), consultees' comments are recorded against its sections, and
 * only the approving body named on the document approves it, at one of its meetings or by a delegated decision.
 * Approval freezes the draft and makes it Version N.0. Every step is audited.
 */
@Service
public class Consultations {

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

    Consultations(DocumentStore store, ProceedingsStore proceedings, Documents documents, DocumentEditor editor,
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

    /** Sends the newest draft out; it is frozen from now on, and a circulation for comment opens a consultation. */
    @Transactional
    public Circulation circulate(Actor actor, UUID id, NewCirculation details) {
        Document document = editor.manageable(actor, id, true);
        if (details.purpose() == null) {
            throw new DocumentChangeRefused("purpose", "Choose why the draft is being sent");
        }
        List<DocumentVersion> versions = store.versions(id);
        DocumentStatus next = DocumentLifecycle.after(Documents.state(document, versions),
                details.purpose() == CirculationPurpose.COMMENT ? DocumentStep.CONSULT : DocumentStep.CIRCULATE,
                null);
        List<Recipient> recipients = new ArrayList<>(details.recipients());
        if (details.purpose() == CirculationPurpose.APPROVAL) {
            if (document.approvingBodyId() == null) {
                throw new DocumentChangeRefused("approvingBodyId", "Name the approving body on the document"
                        + " before sending it for approval");
            }
            recipients = List.of(Recipient.body(document.approvingBodyId(), null));
        }
        if (recipients.isEmpty()) {
            throw new DocumentChangeRefused("recipients", "Choose at least one organisation or body to send the"
                    + " draft to");
        }
        List<Recipient> named = named(recipients);
        LocalDate today = documents.today();
        LocalDate sent = details.sentOn() == null ? today : details.sentOn();
        if (sent.isAfter(today)) {
            throw new DocumentChangeRefused("sentOn", "The date sent must be today or in the past");
        }
        if (details.purpose() == CirculationPurpose.COMMENT) {
            if (details.closesOn() == null) {
                throw new DocumentChangeRefused("closesOn", "Enter the closing date for comments");
            }
            if (details.closesOn().isBefore(sent)) {
                throw new DocumentChangeRefused("closesOn", "The closing date must be on or after the date sent");
            }
        }
        String label = DocumentEditor.trimmed(details.recipientsLabel(), 300, "recipientsLabel",
                "The words for who it went to");
        if (label == null) {
            label = ControlBlock.joined(named.stream().map(Recipient::name).toList());
        }
        DocumentVersion draft = versions.getLast();
        Circulation circulation = new Circulation(UUID.randomUUID(), id, draft.id(), draft.shortLabel(),
                details.purpose(), sent, details.monthOnly(), label, recipients,
                details.purpose() == CirculationPurpose.COMMENT ? details.closesOn() : null,
                DocumentEditor.trimmed(details.note(), 1000, "note", "The note"), clock.instant(),
                DocumentEditor.by(actor));
        proceedings.insertCirculation(circulation);
        store.freeze(draft.id());
        editor.moveTo(document, next);
        audit.recordChange(AuditAction.CREATE, "document-circulation", circulation.id(), draft.label() + " of \""
                + document.title() + "\" to " + label + " (" + details.purpose().label().toLowerCase() + ")",
                Changes.none().field("recipients", null, named.stream().map(Recipient::name).toList())
                        .field("sentOn", null, sent).field("closesOn", null, circulation.closesOn())
                        .field("status", document.status(), next));
        return circulation;
    }

    /**
     * Records a consultee's comment on a circulated draft, against a section of that draft; refused after the
     * closing date. Consultees record their own; a party's contributors may record any consultee's.
     */
    @Transactional
    public ConsultationComment comment(Actor actor, UUID circulationId, NewComment details) {
        Circulation circulation = circulationOf(circulationId);
        Document document = store.find(circulation.documentId())
                .orElseThrow(() -> new RecordNotFoundException("document", circulation.documentId()));
        DocumentAccess access = actor == null ? null : documents.access(actor, document);
        if (access != null && !access.canSeeDrafts(actor)) {
            throw documents.refused(actor, access, "draft not sent to the actor's organisation");
        }
        if (circulation.purpose() != CirculationPurpose.COMMENT) {
            throw new DocumentChangeRefused("text", "This draft was sent " + circulation.purpose().label()
                    .toLowerCase() + ", not for comment");
        }
        if (details.commenter() == null || circulation.recipients().stream()
                .noneMatch(r -> r.key().equals(details.commenter().key()))) {
            throw new DocumentChangeRefused("commenter", "Choose who made the comment from those the draft was"
                    + " sent to");
        }
        if (access != null && !access.canEdit(actor) && !access.consultee(actor, details.commenter())) {
            throw new DocumentChangeRefused("commenter", "You can record comments only for your own organisation"
                    + " or a body you sit on");
        }
        LocalDate today = documents.today();
        LocalDate received = details.receivedOn() == null ? today : details.receivedOn();
        if (received.isAfter(today)) {
            throw new DocumentChangeRefused("receivedOn", "The date received must be today or in the past");
        }
        if (received.isAfter(circulation.closesOn())) {
            throw new DocumentChangeRefused("receivedOn", "Comments on " + circulation.versionLabel() + " closed on "
                    + DisplayDates.day(circulation.closesOn()) + ": this comment came after the closing date");
        }
        if (received.isBefore(circulation.sentOn())) {
            throw new DocumentChangeRefused("receivedOn", "The comment cannot be received before the draft was sent"
                    + " on " + DisplayDates.day(circulation.sentOn()));
        }
        String text = DocumentEditor.trimmed(details.text(), 10_000, "text", "The comment");
        if (text == null) {
            throw new DocumentChangeRefused("text", "Enter the comment");
        }
        String ref = null;
        String label = null;
        if (details.sectionRef() != null && !details.sectionRef().isBlank()) {
            String content = store.version(circulation.versionId()).orElseThrow().content();
            Optional<Section> section = DocumentMarkup.parse(content).section(details.sectionRef().strip());
            if (section.isEmpty()) {
                throw new DocumentChangeRefused("sectionRef", circulation.versionLabel() + " has no section "
                        + details.sectionRef().strip() + ": choose one of its sections or the whole document");
            }
            ref = section.get().key();
            label = section.get().number() == null ? section.get().heading()
                    : (section.get().number() + " " + (section.get().heading() == null ? ""
                            : section.get().heading())).strip();
        }
        ConsultationComment comment = new ConsultationComment(UUID.randomUUID(), circulationId, ref, label,
                details.commenter(), text, received, clock.instant(), DocumentEditor.by(actor));
        proceedings.insertComment(comment);
        audit.recordChange(AuditAction.CREATE, "document-comment", comment.id(), "Recorded a comment on "
                + circulation.versionLabel() + " of \"" + document.title() + "\"" + (label == null ? ""
                        : " (section " + label + ")"),
                Changes.none().field("commenter", null, details.commenter().key()).field("section", null, ref)
                        .field("receivedOn", null, received).field("text", null, text));
        return comment;
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
            throw new DocumentChangeRefused("bodyId", "Name the approving body on the document first");
        }
        Body body = partnership.body(document.approvingBodyId()).orElseThrow();
        Meeting meeting = null;
        LocalDate decided;
        String delegated = DocumentEditor.trimmed(details.delegatedTo(), 200, "delegatedTo", "The decision-maker");
        if (details.meetingId() != null) {
            meeting = actor == null ? scheduler.editableMeeting(null, details.meetingId())
                    : meetings.meetingOnly(actor, details.meetingId());
            if (!meeting.bodyId().equals(document.approvingBodyId())) {
                throw new DocumentChangeRefused("meetingId", "Only " + body.name() + ", the approving body named on"
                        + " this document, can approve it: that meeting is of another body");
            }
            if (meeting.cancelled()) {
                throw new DocumentChangeRefused("meetingId", "That meeting was cancelled, so it approved nothing");
            }
            decided = meeting.start().toLocalDate();
            if (decided.isAfter(documents.today())) {
                throw new DocumentChangeRefused("meetingId", "That meeting has not happened yet: record the approval"
                        + " after it");
            }
            if (actor != null && !partnership.mayEdit(actor, body)) {
                throw new DocumentChangeRefused("meetingId", "Only a coordinator who records " + body.name()
                        + "'s decisions can record its approval");
            }
        } else {
            if (details.bodyId() != null && !details.bodyId().equals(document.approvingBodyId())) {
                throw new DocumentChangeRefused("bodyId", "Only " + body.name() + ", the approving body named on"
                        + " this document, can approve it");
            }
            if (delegated == null) {
                throw new DocumentChangeRefused("meetingId", "Choose the meeting of " + body.name() + " that"
                        + " approved it, or name who took the delegated decision");
            }
            decided = details.decidedOn();
            if (decided == null || decided.isAfter(documents.today())) {
                throw new DocumentChangeRefused("decidedOn", "Enter the date of the delegated decision, today or"
                        + " in the past");
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

    /**
     * The comments received, grouped by section (whole-document comments first), for the approving body's summary;
     * empty unless the view may show drafts.
     */
    public static Map<String, List<ConsultationComment>> bySection(DocumentView view) {
        Map<String, List<ConsultationComment>> bySection = new java.util.LinkedHashMap<>();
        view.comments().stream()
                .sorted(java.util.Comparator.comparing((ConsultationComment c) -> c.sectionRef() == null ? "" : "x")
                        .thenComparing(c -> c.sectionLabel() == null ? "" : c.sectionLabel()))
                .forEach(c -> bySection.computeIfAbsent(c.sectionLabel() == null ? "Whole document"
                        : c.sectionLabel(), k -> new ArrayList<>()).add(c));
        return bySection;
    }

    private Decision decisionFor(Actor actor, Meeting meeting, UUID decisionId, String text) {
        if (decisionId == null) {
            return recorder.recordDecision(actor, meeting.id(), null, text);
        }
        return meetings.decisionsOf(meeting).stream().filter(d -> d.id().equals(decisionId)).findFirst()
                .orElseThrow(() -> new DocumentChangeRefused("decisionId", "Choose a decision of that meeting"));
    }

    private Circulation circulationOf(UUID circulationId) {
        UUID documentId = proceedings.documentOfCirculation(circulationId)
                .orElseThrow(() -> new RecordNotFoundException("document circulation", circulationId));
        return proceedings.circulations(documentId).stream().filter(c -> c.id().equals(circulationId)).findFirst()
                .orElseThrow();
    }

    private List<Recipient> named(List<Recipient> recipients) {
        Map<UUID, String> organisations = documents.organisationNames();
        Map<UUID, String> bodies = documents.bodyNames();
        List<Recipient> named = new ArrayList<>();
        for (Recipient r : recipients) {
            Recipient withName = Documents.name(r, organisations, bodies);
            if (withName.name() == null) {
                throw new DocumentChangeRefused("recipients", "Choose the recipients from the lists of"
                        + " organisations and bodies");
            }
            named.add(withName);
        }
        return named;
    }
}
