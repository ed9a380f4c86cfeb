package uk.saferhub.documents.internal;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.PageWords;

/**
 * A document version as a PDF in the seeds' house style, for those who may see that version: numbered sections,
 * annexes, and the control block at the end, marked DRAFT on every page when it is a draft.
 */
@Service
public class DocumentPrinting {

    private final Documents documents;
    private final DocumentPdf pdf;
    private final PageWords words;

    DocumentPrinting(Documents documents, DocumentPdf pdf, PageWords words) {
        this.documents = documents;
        this.words = words;
        this.pdf = pdf;
    }

    /** The PDF and a file name for it; no version number means the one the viewer sees by default. */
    @Transactional(readOnly = true)
    public Printed print(Actor actor, UUID id, String versionNumber) {
        DocumentView view = documents.view(actor, id);
        DocumentVersion chosen = versionNumber == null || versionNumber.isBlank()
                ? (actor == null ? view.latestApproved() : view.current())
                : documents.version(actor, id, versionNumber);
        if (chosen == null) {
            throw new RecordNotFoundException("document version", id);
        }
        if (actor == null && !chosen.approved()) {
            throw new RecordNotFoundException("document version", id + "/" + versionNumber);
        }
        String organisations = view.partyNames().isEmpty() ? view.ownerOrganisationName()
                : view.ownerOrganisationName() + " with " + ControlBlock.joined(view.partyNames());
        byte[] bytes = pdf.render(new PrintedDocument(view.document().title(),
                words.label("documents.type.", view.document().type()),
                organisations, chosen.label(), chosen.approved() ? view.document().status().label() : "Draft",
                DocumentMarkup.parse(chosen.content()).html(), ControlBlock.rows(view, chosen), !chosen.approved()));
        String name = view.document().title().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "")
                .toLowerCase();
        return new Printed(bytes, (name.length() > 80 ? name.substring(0, 80) : name) + "-" + chosen.number()
                + ".pdf");
    }

    /** A printed PDF and its file name. */
    public record Printed(byte[] pdf, String fileName) {
    }
}
