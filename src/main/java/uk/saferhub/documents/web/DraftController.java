package uk.saferhub.documents.web;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.documents.DocumentChangeRefused;
import uk.saferhub.documents.DocumentEditor;
import uk.saferhub.documents.DocumentStep;
import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/**
 * Editing the newest draft, for contributors of a party. The draft changes in place until it is circulated or
 * approved; after that the page says that saving makes the next draft number and leaves the sent one as it was.
 */
@Controller
class DraftController {

    private final Documents documents;
    private final DocumentEditor editor;

    DraftController(Documents documents, DocumentEditor editor) {
        this.documents = documents;
        this.editor = editor;
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/documents/{id}/draft")
    String draft(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.require();
        DocumentView view = editable(actor, id);
        model.addAttribute("draftForm", DraftForm.of(view.versions().getLast()));
        return form(model, view, false);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/documents/{id}/draft")
    String save(@PathVariable UUID id, @ModelAttribute("draftForm") DraftForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        DocumentView view = editable(actor, id);
        DraftContent.check(errors, form.getContent());
        if (!errors.hasErrors()) {
            try {
                DocumentVersion saved = editor.saveDraft(actor, id, form.getContent(), form.getChangeNote());
                redirect.addFlashAttribute("success", saved.shortLabel() + " saved");
                return "redirect:/documents/" + id;
            } catch (DocumentChangeRefused refused) {
                DraftContent.reject(errors, refused, DraftForm.FIELDS);
            }
        }
        return form(model, view, true);
    }

    /** The document when the actor is a contributor of a party; a document they cannot see answers as absent. */
    private DocumentView editable(Actor actor, UUID id) {
        DocumentView view = documents.view(actor, id);
        if (!view.canEdit()) {
            throw new AccessDeniedException("Not a contributor of a party to the document");
        }
        return view;
    }

    private String form(Model model, DocumentView view, boolean withErrors) {
        DocumentVersion newest = view.versions().getLast();
        String heading = newest.frozen() ? "Make the next draft" : "Edit " + newest.shortLabel();
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading + " – " + view.document().title());
        model.addAttribute("document", view.document());
        model.addAttribute("newest", newest);
        model.addAttribute("nextDraft", "Draft " + newest.major() + "." + (newest.minor() + 1));
        model.addAttribute("allowed", view.allows(DocumentStep.EDIT_DRAFT));
        return "documents/draft-form";
    }
}
