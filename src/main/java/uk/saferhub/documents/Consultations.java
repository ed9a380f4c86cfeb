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
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * Takes a draft through consultation as seed 000 does: the draft goes out (for comment by a closing date, for
 * information, or to the approving body), and consultees' comments are recorded against its sections. Every step is
 * audited; {@link Approvals} records the approval that follows.
 */
@Service
public class Consultations {

    private final DocumentStore store;
    private final ProceedingsStore proceedings;
    private final Documents documents;
    private final DocumentEditor editor;
    private final AuditTrail audit;
    private final Clock clock;

    Consultations(DocumentStore store, ProceedingsStore proceedings, Documents documents, DocumentEditor editor,
            AuditTrail audit, Clock clock) {
        this.store = store;
        this.proceedings = proceedings;
        this.documents = documents;
        this.editor = editor;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends the newest draft out; it is frozen from now on, and a circulation for comment opens a consultation. */
    @Transactional
    public Circulation circulate(Actor actor, UUID id, NewCirculation details) {
        Document document = editor.manageable(actor, id, true);
        if (details.purpose() == null) {
            throw new DocumentChangeRefused("purpose", "documents.refused.circulate.purpose");
        }
        List<DocumentVersion> versions = store.versions(id);
        DocumentStatus next = DocumentLifecycle.after(Documents.state(document, versions),
                details.purpose() == CirculationPurpose.COMMENT ? DocumentStep.CONSULT : DocumentStep.CIRCULATE,
                null);
        List<Recipient> recipients = new ArrayList<>(details.recipients());
        if (details.purpose() == CirculationPurpose.APPROVAL) {
            if (document.approvingBodyId() == null) {
                throw new DocumentChangeRefused("approvingBodyId", "documents.refused.circulate.noBody");
            }
            recipients = List.of(Recipient.body(document.approvingBodyId(), null));
        }
        if (recipients.isEmpty()) {
            throw new DocumentChangeRefused("recipients", "documents.refused.circulate.noRecipients");
        }
        List<Recipient> named = named(recipients);
        LocalDate today = documents.today();
        LocalDate sent = details.sentOn() == null ? today : details.sentOn();
        if (sent.isAfter(today)) {
            throw new DocumentChangeRefused("sentOn", "documents.refused.circulate.sentOn");
        }
        if (details.purpose() == CirculationPurpose.COMMENT) {
            if (details.closesOn() == null) {
                throw new DocumentChangeRefused("closesOn", "documents.refused.circulate.closesOn");
            }
            if (details.closesOn().isBefore(sent)) {
                throw new DocumentChangeRefused("closesOn", "documents.refused.circulate.closesBeforeSent");
            }
        }
        String label = DocumentEditor.trimmed(details.recipientsLabel(), 300, "recipientsLabel",
                "documents.refused.recipientsLabel.tooLong");
        if (label == null) {
            label = ControlBlock.joined(named.stream().map(Recipient::name).toList());
        }
        DocumentVersion draft = versions.getLast();
        Circulation circulation = new Circulation(UUID.randomUUID(), id, draft.id(), draft.shortLabel(),
                details.purpose(), sent, details.monthOnly(), label, recipients,
                details.purpose() == CirculationPurpose.COMMENT ? details.closesOn() : null,
                DocumentEditor.trimmed(details.note(), 1000, "note", "documents.refused.note.tooLong"),
                clock.instant(),

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
            throw new DocumentChangeRefused("text", "documents.refused.comment.notForComment",
                    circulation.purpose().label().toLowerCase());
        }
        if (details.commenter() == null || circulation.recipients().stream()
                .noneMatch(r -> r.key().equals(details.commenter().key()))) {
            throw new DocumentChangeRefused("commenter", "documents.refused.comment.commenter");
        }
        if (access != null && !access.canEdit(actor) && !access.consultee(actor, details.commenter())) {
            throw new DocumentChangeRefused("commenter", "documents.refused.comment.ownOnly");
        }
        LocalDate today = documents.today();
        LocalDate received = details.receivedOn() == null ? today : details.receivedOn();
        if (received.isAfter(today)) {
            throw new DocumentChangeRefused("receivedOn", "documents.refused.comment.receivedOn");
        }
        if (received.isAfter(circulation.closesOn())) {
            throw new DocumentChangeRefused("receivedOn", "documents.refused.comment.late",
                    circulation.versionLabel(), DisplayDates.day(circulation.closesOn()));
        }
        if (received.isBefore(circulation.sentOn())) {
            throw new DocumentChangeRefused("receivedOn", "documents.refused.comment.early",
                    DisplayDates.day(circulation.sentOn()));
        }
        String text = DocumentEditor.trimmed(details.text(), 10_000, "text", "documents.refused.comment.tooLong");
        if (text == null) {
            throw new DocumentChangeRefused("text", "documents.refused.comment.text");
        }
        String ref = null;
        String label = null;
        if (details.sectionRef() != null && !details.sectionRef().isBlank()) {
            String content = store.version(circulation.versionId()).orElseThrow().content();
            Optional<Section> section = DocumentMarkup.parse(content).section(details.sectionRef().strip());
            if (section.isEmpty()) {
                throw new DocumentChangeRefused("sectionRef", "documents.refused.comment.section",
                        circulation.versionLabel(), details.sectionRef().strip());
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
                throw new DocumentChangeRefused("recipients", "documents.refused.circulate.recipients");

            }
            named.add(withName);
        }
        return named;
    }
}
