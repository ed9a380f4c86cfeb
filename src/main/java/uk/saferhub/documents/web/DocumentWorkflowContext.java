package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

import uk.saferhub.documents.DocumentChangeRefused;
import uk.saferhub.documents.DocumentLifecycle;
import uk.saferhub.documents.DocumentStep;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.documents.Recipient;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;

/**
 * What the pages taking a document through consultation, approval and review share: the document as a party's
 * coordinator sees it (absent for anyone who may not see it, forbidden for a viewer who is not a party's
 * coordinator, as the services answer), the title and current version shown as context, and refusals shown beside
 * the form field they concern.
 */
@Component
class DocumentWorkflowContext {

    private final Documents documents;

    DocumentWorkflowContext(Documents documents) {
        this.documents = documents;
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

    /** The page title, the heading and the document shown above every workflow form. */
    static void context(Model model, DocumentView view, String heading, boolean withErrors) {
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading + " – " + view.document().title());
        model.addAttribute("heading", heading);
        model.addAttribute("view", view);
        model.addAttribute("document", view.document());
        model.addAttribute("versionLabel", view.current() == null ? "No version yet" : view.current().shortLabel());
    }

    /** Why the lifecycle would refuse the step now, or null when it allows it. */
    static String refusal(DocumentView view, DocumentStep step) {
        return DocumentLifecycle.refusal(view.lifecycleState(), step).orElse(null);
    }

    /**
     * Shows a refusal beside the form field it concerns, renaming the service's field to the form's; a field the
     * form does not have (the document's status or version) goes to the top of the error summary.
     */
    static void reject(Errors errors, DocumentChangeRefused refused, Map<String, String> formFields) {
        String field = refused.field() == null ? null : formFields.get(refused.field());
        if (field == null) {
            errors.reject("refused", refused.getMessage());
        } else {
            errors.rejectValue(field, "refused", refused.getMessage());
        }
    }

    /** "org:uuid" or "body:uuid", as {@link Recipient#key()} writes it; null when it is neither. */
    static Recipient recipient(String key) {
        if (key == null || !key.strip().matches("(org|body):[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")) {
            return null;
        }
        String[] parts = key.strip().split(":");
        UUID id = UUID.fromString(parts[1]);
        return parts[0].equals("org") ? Recipient.organisation(id, null) : Recipient.body(BodyId.of(id), null);
    }
}
