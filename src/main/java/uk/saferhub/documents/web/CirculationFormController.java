package uk.saferhub.documents.web;

import java.util.List;
import java.util.Map;
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

import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.documents.Circulation;
import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.DocumentChangeRefused;
import uk.saferhub.documents.DocumentStep;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Recipient;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/**
 * Sending a draft out (for comment by a closing date, for information, or to the approving body for approval):
 * a party's coordinators. The draft is frozen once sent.
 */
@Controller
class CirculationFormController {

    private static final Map<String, String> FIELDS = Map.of("purpose", "purpose", "recipients", "recipients",
            "recipientsLabel", "recipientsLabel", "sentOn", "sentDay", "closesOn", "closesDay", "note", "note");

    private final DocumentWorkflowContext pages;
    private final Consultations consultations;
    private final DirectoryListings listings;
    private final Partnership partnership;

    CirculationFormController(DocumentWorkflowContext pages, Consultations consultations, DirectoryListings listings,
            Partnership partnership) {
        this.pages = pages;
        this.consultations = consultations;
        this.listings = listings;
        this.partnership = partnership;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/circulate")
    String circulateForm(@PathVariable UUID id, Model model) {
        Actor actor = CurrentActor.require();
        DocumentView view = pages.manageable(actor, id);
        model.addAttribute("circulationForm", CirculationForm.sentOn(pages.today()));
        return form(model, actor, view, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/circulate")
    String circulate(@PathVariable UUID id, @ModelAttribute("circulationForm") CirculationForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        DocumentView view = pages.manageable(actor, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                Circulation sent = consultations.circulate(actor, id, form.details());
                redirect.addFlashAttribute("success", sent.versionLabel() + " sent to " + sent.recipientsLabel()
                        + " (" + sent.purpose().label().toLowerCase() + ")");
                return "redirect:/documents/" + id;
            } catch (DocumentChangeRefused refused) {
                DocumentWorkflowContext.reject(errors, refused, FIELDS);
            }
        }
        return form(model, actor, view, true);
    }

    private String form(Model model, Actor actor, DocumentView view, boolean withErrors) {
        DocumentWorkflowContext.context(model, view, "Send the draft out", withErrors);
        model.addAttribute("refusal", DocumentWorkflowContext.refusal(view, DocumentStep.CIRCULATE));
        String body = view.approvingBodyName();
        model.addAttribute("purposes", List.of(
                new WorkflowChoice(CirculationPurpose.COMMENT.name(), "For comment",
                        "Consultees' comments are recorded against its sections until the closing date"),
                new WorkflowChoice(CirculationPurpose.INFORMATION.name(), "For information", null),
                new WorkflowChoice(CirculationPurpose.APPROVAL.name(), "To the approving body for approval",
                        body == null ? "Name the approving body on the document first"
                                : "SaferHub sends it to " + body + ", the approving body named on the document")));
        model.addAttribute("labelHint", "The control block says “Draft to …” followed by these words, for example"
                + " “Police, Environmental Services & Community Safety”. Leave empty to join the names with commas"
                + " and “&”.");
        model.addAttribute("organisations", listings.organisationChoices(actor).stream()
                .map(org -> WorkflowChoice.of(Recipient.organisation(org.id(), org.name()).key(), org.name()))
                .toList());
        model.addAttribute("bodies", partnership.bodies(actor).stream()
                .map(b -> WorkflowChoice.of(Recipient.body(b.id(), b.name()).key(), b.name())).toList());
        return "documents/circulate";
    }
}
