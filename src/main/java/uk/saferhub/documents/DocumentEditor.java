package uk.saferhub.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.documents.internal.DocumentMarkup;
import uk.saferhub.documents.internal.DocumentStore;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;

/**
 * Registers documents and changes their details and drafts: the newest draft changes in place until it is
 * circulated, then a save makes a new draft number. Contributors of a party edit; coordinators change details. Every
 * step goes through {@link DocumentLifecycle} and is audited; a null actor is the demonstration loader.
 */
@Service
public class DocumentEditor {

    static final int CONTENT_LIMIT = 200_000;
    static final String SYSTEM = "SaferHub (demonstration data)";

    private final DocumentStore store;
    private final Documents documents;
    private final DocumentDetailsCheck detailsCheck;
    private final AuditTrail audit;
    private final Clock clock;

    DocumentEditor(DocumentStore store, Documents documents, DocumentDetailsCheck detailsCheck, AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.documents = documents;
        this.detailsCheck = detailsCheck;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers a document with its first draft (Draft 1.0 unless the draft number is given, as "0.1"). */
    @Transactional
    public Document register(Actor actor, DocumentDetails details, String content, String firstNumber) {
        if (actor != null && !ChangePolicy.holds(actor, Role.CONTRIBUTOR)) {
            throw new RecordNotFoundException("document", "new");
        }
        DocumentDetails checked = detailsCheck.checked(actor, null, details);
        String text = checkedContent(content);
        Instant now = clock.instant();
        Document document = new Document(UUID.randomUUID(), checked.type(), checked.title(), checked.summary(),
                checked.owningOrganisationId(), checked.handlingLevel(), checked.approvingBodyId(),
                DocumentStatus.DRAFT, checked.parentId(), checked.supersedesId(), checked.reviewPeriodMonths(), null,
                null, null, checked.parties(), checked.owners(), now, now);
        if (actor != null && !document.party(actor.organisationId())) {
            throw new DocumentChangeRefused("owningOrganisationId", "documents.refused.details.ownerOrParty");
        }
        store.insert(document);
        int[] number = DocumentDetailsCheck.firstNumber(firstNumber);
        DocumentVersion draft = new DocumentVersion(UUID.randomUUID(), document.id(), number[0], number[1], false,
                false, text, "First draft", by(actor), now, now);
        store.insertVersion(draft);
        audit.recordChange(AuditAction.CREATE, "document", document.id(), "Registered " + document.type().label()
                .toLowerCase() + " \"" + document.title() + "\" with " + draft.label(),
                Changes.none().field("title", null, document.title()).field("type", null, document.type())
                        .field("owningOrganisationId", null, document.owningOrganisationId())
                        .field("handlingLevel", null, document.handlingLevel())
                        .field("approvingBodyId", null, document.approvingBodyId())
                        .field("parties", null, document.parties()).field("owners", null, document.owners())
                        .field("version", null, draft.number()));
        return document;
    }

    /** Changes what the register says about a document; its content and status change only through their steps. */
    @Transactional
    public Document revise(Actor actor, UUID id, DocumentDetails details) {
        Document before = manageable(actor, id, false);
        if (before.status().ended()) {
            throw new DocumentChangeRefused("title", "documents.refused.details.ended",
                    before.status().label().toLowerCase());
        }
        DocumentDetails checked = detailsCheck.checked(actor, id, details);
        Document after = new Document(id, checked.type(), checked.title(), checked.summary(),
                checked.owningOrganisationId(), checked.handlingLevel(), checked.approvingBodyId(), before.status(),
                checked.parentId(), checked.supersedesId(), checked.reviewPeriodMonths(), before.nextReviewOn(),
                before.inForceFrom(), checked.handlingLevel() == HandlingLevel.PUBLIC ? before.publishedAt() : null,
                checked.parties(), checked.owners(), before.createdAt(), clock.instant());
        if (actor != null && !after.party(actor.organisationId())) {
            throw new DocumentChangeRefused("owningOrganisationId", "documents.refused.details.stayParty");
        }
        store.update(after);
        audit.recordChange(AuditAction.UPDATE, "document", id, "Changed the details of \"" + after.title() + "\"",
                Changes.none().field("title", before.title(), after.title()).field("type", before.type(), after.type())
                        .field("summary", before.summary(), after.summary())
                        .field("owningOrganisationId", before.owningOrganisationId(), after.owningOrganisationId())
                        .field("handlingLevel", before.handlingLevel(), after.handlingLevel())
                        .field("approvingBodyId", before.approvingBodyId(), after.approvingBodyId())
                        .field("parentId", before.parentId(), after.parentId())
                        .field("supersedesId", before.supersedesId(), after.supersedesId())
                        .field("reviewPeriodMonths", before.reviewPeriodMonths(), after.reviewPeriodMonths())
                        .field("parties", before.parties(), after.parties())
                        .field("owners", before.owners(), after.owners()));
        return after;
    }

    /**
     * Saves the draft's content. The newest draft is changed in place until it is circulated; after that, or after
     * approval, the save makes a new draft (1.0 → 1.1, Version 2.0 → Draft 2.1).
     */
    @Transactional
    public DocumentVersion saveDraft(Actor actor, UUID id, String content, String changeNote) {
        Document document = editable(actor, id);
        String text = checkedContent(content);
        List<DocumentVersion> versions = store.versions(id);
        DocumentStatus next = DocumentLifecycle.after(Documents.state(document, versions), DocumentStep.EDIT_DRAFT,
                null);
        DocumentVersion newest = versions.getLast();
        Instant now = clock.instant();
        String note = trimmed(changeNote, 500, "changeNote", "documents.refused.changeNote.tooLong");
        if (newest.content().equals(text) && Objects.equals(note, newest.changeNote())) {
            return newest;
        }
        DocumentVersion saved;
        if (!newest.frozen()) {
            store.updateDraft(newest.id(), text, note, by(actor), now);
            saved = new DocumentVersion(newest.id(), id, newest.major(), newest.minor(), false, false, text, note,
                    by(actor), newest.createdAt(), now);
        } else {
            saved = new DocumentVersion(UUID.randomUUID(), id, newest.major(), newest.minor() + 1, false, false, text,
                    note, by(actor), now, now);
            store.insertVersion(saved);
        }
        moveTo(document, next);
        audit.recordChange(newest.frozen() ? AuditAction.CREATE : AuditAction.UPDATE, "document", id,
                (newest.frozen() ? "Made " : "Saved ") + saved.label() + " of \"" + document.title() + "\"",
                Changes.none().field("version", newest.number(), saved.number())
                        .field("contentLength", newest.content().length(), text.length())
                        .field("changeNote", newest.changeNote(), note)
                        .field("status", document.status(), next));
        return saved;
    }

    // shared by the editor and the consultation service

    Document editable(Actor actor, UUID id) {
        Document document = store.find(id).orElseThrow(() -> new RecordNotFoundException("document", id));
        if (actor == null) {
            return document;
        }
        DocumentAccess access = documents.access(actor, document);
        if (!access.canSee(actor)) {
            throw documents.refused(actor, access, "not a party or consultee of the document");
        }
        if (!access.canEdit(actor)) {
            throw new org.springframework.security.access.AccessDeniedException("Not a contributor of a party");
        }
        return document;
    }

    Document manageable(Actor actor, UUID id, boolean forbidWhenVisible) {
        Document document = store.find(id).orElseThrow(() -> new RecordNotFoundException("document", id));
        if (actor == null) {
            return document;
        }
        DocumentAccess access = documents.access(actor, document);
        if (!access.canSee(actor) || !access.canManage(actor) && !forbidWhenVisible) {
            throw documents.refused(actor, access, "not a coordinator of a party to the document");
        }
        if (!access.canManage(actor)) {
            throw new org.springframework.security.access.AccessDeniedException("Not a coordinator of a party");
        }
        return document;
    }

    void moveTo(Document document, DocumentStatus next) {
        if (document.status() != next) {
            store.update(document.withStatus(next, clock.instant()));
        }
    }

    static String by(Actor actor) {
        return actor == null ? SYSTEM : actor.name() + " (" + actor.organisationName() + ")";
    }

    /**
     * The value without surrounding spaces, none when blank; refused on {@code field} in the words of the message
     * {@code tooLongKey} (given the limit) when it is longer than {@code limit} characters.
     */
    static String trimmed(String value, int limit, String field, String tooLongKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > limit) {
            throw new DocumentChangeRefused(field, tooLongKey, String.valueOf(limit));
        }
        return text;
    }

    static String checkedContent(String content) {
        if (content == null || content.isBlank()) {
            throw new DocumentChangeRefused("content", "documents.refused.content.missing");
        }
        String text = content.replace("\r\n", "\n").strip() + "\n";
        if (text.length() > CONTENT_LIMIT) {
            throw new DocumentChangeRefused("content", "documents.refused.content.tooLong",
                    String.valueOf(CONTENT_LIMIT));
        }

        DocumentMarkup.parse(text).requireValid();
        return text;
    }
}
