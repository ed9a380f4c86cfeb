package uk.saferhub.documents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentChangeRefused;
import uk.saferhub.documents.DocumentEditor;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * Registering a document with its first draft (contributors of the owner or a party) and changing what the register
 * says about it (a party's coordinators). Anything refused is shown on the form and nothing is saved.
 */
@Controller
class DocumentDetailsController {

    private static final String FORM = "documents/document-form";

    private final Documents documents;
    private final DocumentEditor editor;
    private final DocumentChoices choices;

    DocumentDetailsController(Documents documents, DocumentEditor editor, DocumentChoices choices) {
        this.documents = documents;
        this.editor = editor;
        this.choices = choices;
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/documents/new")
    String newDocument(Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("documentForm", DocumentForm.blank(actor));
        return form(model, actor, null, false);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/documents/new")
    String register(@ModelAttribute("documentForm") DocumentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        form.check(errors);
        DraftContent.check(errors, form.getContent());
        if (!errors.hasErrors()) {
            try {
                Document document = editor.register(actor, form.details(), form.getContent(), null);
                redirect.addFlashAttribute("success", "\"" + document.title() + "\" registered with Draft 1.0");
                return "redirect:/documents/" + document.id();
            } catch (DocumentChangeRefused refused) {
                DraftContent.reject(errors, refused, DocumentForm.FIELDS);
            }
        }
        return form(model, actor, null, true);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.require();
        DocumentView view = manageable(actor, id);
        model.addAttribute("documentForm", DocumentForm.of(view.document()));
        return form(model, actor, view.document(), false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/edit")
    String revise(@PathVariable UUID id, @ModelAttribute("documentForm") DocumentForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        DocumentView view = manageable(actor, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                editor.revise(actor, id, form.details());
                redirect.addFlashAttribute("success", "Details saved");
                return "redirect:/documents/" + id;
            } catch (DocumentChangeRefused refused) {
                DraftContent.reject(errors, refused, DocumentForm.FIELDS);
            }
        }
        return form(model, actor, view.document(), true);
    }

    /** The document when the actor coordinates one of its parties; otherwise it answers as absent. */
    private DocumentView manageable(Actor actor, UUID id) {
        DocumentView view = documents.view(actor, id);
        if (!view.canManage()) {
            throw new RecordNotFoundException("document", id);
        }
        return view;
    }

    private String form(Model model, Actor actor, Document existing, boolean withErrors) {
        String heading = existing == null ? "Register a document" : "Change the details of " + existing.title();
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("existing", existing);
        model.addAttribute("types", DocumentChoices.types());
        model.addAttribute("handlingLevels", DocumentChoices.handlingLevels());
        List<UUID> organisations = new ArrayList<>();
        List<UUID> owners = new ArrayList<>();
        BodyId body = null;
        if (existing != null) {
            organisations.add(existing.owningOrganisationId());
            organisations.addAll(existing.parties());
            owners.addAll(existing.owners());
            body = existing.approvingBodyId();
        }
        model.addAttribute("organisations", choices.organisations(actor, organisations));
        model.addAttribute("people", choices.people(actor, owners));
        model.addAttribute("bodies", choices.bodies(actor, body));
        model.addAttribute("relatives", choices.documents(actor, existing == null ? null : existing.id()));
        return FORM;
    }
}
