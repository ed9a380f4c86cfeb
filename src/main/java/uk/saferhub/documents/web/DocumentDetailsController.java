package uk.saferhub.documents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
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
import uk.saferhub.documents.DocumentEditor;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;

/**
 * Registering a document with its first draft (contributors of the owner or a party) and changing what the register
 * says about it (a party's coordinators). Anything refused is shown on the form and nothing is saved.
 */
@Controller
class DocumentDetailsController {

    /** The service's refusals beside the form's fields; anything else (its first number) in the summary. */
    private static final Map<String, String> FIELDS = RefusalFields.of(DocumentForm.class);

    private final Documents documents;
    private final DocumentEditor editor;
    private final DocumentChoices choices;
    private final FormPost post;

    DocumentDetailsController(Documents documents, DocumentEditor editor, DocumentChoices choices, FormPost post) {
        this.documents = documents;
        this.editor = editor;
        this.choices = choices;
        this.post = post;
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/documents/new")
    String newDocument(Actor actor, Model model) {
        DocumentForm form = DocumentForm.blank(actor);
        model.addAttribute("documentForm", form);
        return form(model, actor, null, form);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/documents/new")
    String register(Actor actor, @Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(form, errors, model, rules -> DraftContent.check(rules, form.content()));
        return post.submit(checked, redirect, FIELDS, () -> {
            Document document = editor.register(actor, form.details(), form.content(), null);
            return Done.redirect("/documents/" + document.id(), "documents.details.registered", document.title());
        }, () -> form(model, actor, null, form));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/edit")
    String edit(Actor actor, @PathVariable UUID id, Model model) {
        DocumentView view = manageable(actor, id);
        DocumentForm form = DocumentForm.of(view.document());
        model.addAttribute("documentForm", form);
        return form(model, actor, view.document(), form);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/edit")
    String revise(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("documentForm") DocumentForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        DocumentView view = manageable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, FIELDS, () -> {
            editor.revise(actor, id, form.details());
            return Done.redirect("/documents/" + id, "documents.details.saved");
        }, () -> form(model, actor, view.document(), form));
    }

    /** The document when the actor coordinates one of its parties; otherwise it answers as absent. */
    private DocumentView manageable(Actor actor, UUID id) {
        DocumentView view = documents.view(actor, id);
        if (!view.canManage()) {
            throw new RecordNotFoundException("document", id);
        }
        return view;
    }

    private String form(Model model, Actor actor, Document existing, DocumentForm form) {
        model.addAttribute("existing", existing);
        model.addAttribute("types", choices.types());
        model.addAttribute("handlingLevels", choices.handlingLevels());
        List<UUID> organisations = new ArrayList<>();
        List<UUID> owners = new ArrayList<>();
        BodyId body = null;
        if (existing != null) {
            organisations.add(existing.owningOrganisationId());
            organisations.addAll(existing.parties());
            owners.addAll(existing.owners());
            body = existing.approvingBodyId();
        }
        List<Option> organisationChoices = choices.organisations(actor, organisations);
        model.addAttribute("organisations", organisationChoices);
        model.addAttribute("parties", DocumentChoices.chosenFirst(organisationChoices, form.chosenParties()));
        model.addAttribute("people", DocumentChoices.chosenFirst(choices.people(actor, owners), form.chosenOwners()));
        model.addAttribute("bodies", choices.bodies(actor, body));
        model.addAttribute("relatives", choices.documents(actor, existing == null ? null : existing.id()));
        return "documents/document-form";
    }
}
