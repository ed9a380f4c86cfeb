package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import uk.saferhub.documents.DocumentLifecycle;
import uk.saferhub.documents.DocumentStep;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;

/**
 * What the pages taking a document through consultation, approval and review share: the document as a party's
 * coordinator sees it (absent for anyone who may not see it, forbidden for a viewer who is not a party's
 * coordinator, as the services answer), shown above the form with its current version, and why the document's
 * lifecycle would refuse the step now.
 */
@Component
class DocumentWorkflowContext {

    private final Documents documents;
    private final PageWords words;

    DocumentWorkflowContext(Documents documents, PageWords words) {
        this.documents = documents;
        this.words = words;
    }

    /** The document for a party's coordinator; 404 when the actor may not see it, 403 when they may not manage it. */
    DocumentView manageable(Actor actor, UUID id) {
        DocumentView view = documents.view(actor, id);
        if (!view.canManage()) {
            throw new AccessDeniedException("Only a coordinator of a party to the document may do this");
        }
        return view;
    }

    LocalDate today() {
        return documents.today();
    }

    /** The document shown above a workflow form ({@code documents/workflow-parts :: heading}). */
    static void context(Model model, DocumentView view) {
        model.addAttribute("view", view);
        model.addAttribute("document", view.document());
    }

    /** As {@link #context(Model, DocumentView)}, with why the lifecycle would refuse the step now (or null). */
    void context(Model model, DocumentView view, DocumentStep step) {
        context(model, view);
        model.addAttribute("refusal", refusal(view, step));
    }

    /** Why the lifecycle would refuse the step now, in the words of its message, or null when it allows it. */
    String refusal(DocumentView view, DocumentStep step) {
        return DocumentLifecycle.refusal(view.lifecycleState(), step).map(words::refusal).orElse(null);
    }

}
