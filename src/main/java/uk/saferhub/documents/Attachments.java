package uk.saferhub.documents;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.documents.internal.AttachmentCheck;
import uk.saferhub.documents.internal.CheckedAttachment;
import uk.saferhub.documents.internal.DocumentFileStore;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * Files attached to documents: checked by {@link AttachmentCheck} (size, allowed type, content matching the type),
 * stored whole or not at all, and given only to those who may see the document.
 */
@Service
public class Attachments {

    private final DocumentFileStore store;
    private final Documents documents;
    private final DocumentEditor editor;
    private final AuditTrail audit;
    private final Clock clock;

    Attachments(DocumentFileStore store, Documents documents, DocumentEditor editor, AuditTrail audit, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.editor = editor;
        this.audit = audit;
        this.clock = clock;
    }

    /** Attaches a file to the document, after the checks; a contributor of a party. */
    @Transactional
    public Attachment attach(Actor actor, UUID documentId, String title, String fileName, String contentType,
            byte[] content) {
        Document document = editor.editable(actor, documentId);
        if (document.status().ended()) {
            throw new DocumentChangeRefused("file", "documents.refused.attachment.ended",
                    document.status().label().toLowerCase());
        }
        CheckedAttachment checked = AttachmentCheck.check(fileName, contentType, content);
        String label = DocumentEditor.trimmed(title, 300, "title", "documents.refused.title.tooLong");

        Attachment attachment = new Attachment(UUID.randomUUID(), documentId, null,
                label == null ? checked.fileName() : label, checked.fileName(), checked.contentType(),
                checked.size(), checked.sha256Hex(), clock.instant(), DocumentEditor.by(actor));
        store.insert(attachment, content);
        audit.recordChange(AuditAction.CREATE, "document-attachment", attachment.id(), "Attached "
                + attachment.fileName() + " to \"" + document.title() + "\"",
                Changes.none().field("fileName", null, attachment.fileName())
                        .field("contentType", null, attachment.contentType())
                        .field("size", null, attachment.sizeBytes()).field("sha256", null, attachment.sha256()));
        return attachment;
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(Actor actor, UUID documentId) {
        documents.document(actor, documentId);
        return store.of(documentId);
    }

    /** The attachment and its bytes, to those who may see the document. */
    @Transactional(readOnly = true)
    public Download download(Actor actor, UUID documentId, UUID attachmentId) {
        documents.document(actor, documentId);
        Attachment attachment = store.find(attachmentId).filter(a -> a.documentId().equals(documentId))
                .orElseThrow(() -> new RecordNotFoundException("document attachment", attachmentId));
        return new Download(attachment, store.content(attachmentId));
    }

    /** An attachment with its content. */
    public record Download(Attachment attachment, byte[] content) {
    }
}
