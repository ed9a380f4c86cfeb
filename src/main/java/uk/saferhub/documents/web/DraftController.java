package uk.saferhub.documents.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
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

import uk.saferhub.documents.DocumentEditor;
import uk.saferhub.documents.DocumentStep;
import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/**
 * Editing the newest draft, for contributors of a party. The draft changes in place until it is circulated or
 * approved; after that the page says that saving makes the next draft number and leaves the sent one as it was.
 */
@Controller
class DraftController {

    /** The service's refusals beside the content or the note; anything else in the summary. */
    private static final Map<String, String> FIELDS = RefusalFields.of(DraftForm.class);

    private final Documents documents;
    private final DocumentEditor editor;
    private final FormPost post;

    DraftController(Documents documents, DocumentEditor editor, FormPost post) {
        this.documents = documents;
        this.editor = editor;
        this.post = post;
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/documents/{id}/draft")
    String draft(Actor actor, @PathVariable UUID id, Model model) {
        DocumentView view = editable(actor, id);
        model.addAttribute("draftForm", DraftForm.of(view.versions().getLast()));
        return form(model, view);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/documents/{id}/draft")
    String save(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("draftForm") DraftForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        DocumentView view = editable(actor, id);
        BindingResult checked = post.check(form, errors, model, rules -> DraftContent.check(rules, form.content()));
        return post.submit(checked, redirect, FIELDS, () -> {
            DocumentVersion saved = editor.saveDraft(actor, id, form.content(), form.changeNote());
            return Done.redirect("/documents/" + id, "documents.draft.saved", saved.shortLabel());
        }, () -> form(model, view));
    }

    /** The document when the actor is a contributor of a party; a document they cannot see answers as absent. */
    private DocumentView editable(Actor actor, UUID id) {
        DocumentView view = documents.view(actor, id);
        if (!view.canEdit()) {
            throw new AccessDeniedException("Not a contributor of a party to the document");
        }
        return view;
    }

    private static String form(Model model, DocumentView view) {
        model.addAttribute("document", view.document());
        model.addAttribute("newest", view.versions().getLast());
        model.addAttribute("allowed", view.allows(DocumentStep.EDIT_DRAFT));
        return "documents/draft-form";
    }
}
