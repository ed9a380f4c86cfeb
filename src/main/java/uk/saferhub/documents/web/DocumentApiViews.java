package uk.saferhub.documents.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentListing;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.documents.internal.ControlBlock;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;

/** Builds the documents API's answers for one document and one service agreement, for reads and after changes. */
@Component
class DocumentApiViews {

    private static final String TYPE = "documents.type.";

    private final Documents documents;
    private final ServiceAgreements agreements;
    private final AgreementPages pages;
    private final PageWords words;

    DocumentApiViews(Documents documents, ServiceAgreements agreements, AgreementPages pages, PageWords words) {
        this.documents = documents;
        this.words = words;
        this.agreements = agreements;
        this.pages = pages;
    }

    DocumentResponse document(Actor actor, UUID id) {
        DocumentView view = documents.view(actor, id);
        return DocumentResponse.of(view, words.label(TYPE, view.document().type()),
                view.current() == null ? List.of() : ControlBlock.rows(view, view.current()),
                documents.today());
    }

    /** A document in a list of the API, its type named as the pages name it. */
    DocumentResponse summary(DocumentListing listing) {
        return DocumentResponse.summary(listing, words.label(TYPE, listing.document().type()));
    }

    AgreementResponse agreement(Actor actor, UUID id) {
        Document document = pages.agreementDocument(actor, id);
        return AgreementResponse.of(document, agreements.agreement(actor, id).orElse(null),
                agreements.pilots(actor, id), agreements.rollouts(actor, id));
    }
}
