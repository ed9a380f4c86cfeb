package uk.saferhub.documents.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

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

import uk.saferhub.directory.DirectoryListings;
import uk.saferhub.documents.Circulation;
import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.DocumentStep;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Recipient;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;

/**
 * Sending a draft out (for comment by a closing date, for information, or to the approving body for approval):
 * a party's coordinators. The draft is frozen once sent.
 */
@Controller
class CirculationFormController {

    private static final Map<String, String> FIELDS = RefusalFields.of(CirculationForm.class,
            "sentOn", "sent.day", "closesOn", "closes.day");

    private final DocumentWorkflowContext pages;
    private final Consultations consultations;
    private final DirectoryListings listings;
    private final Partnership partnership;
    private final OptionLabels labels;
    private final FormPost post;

    CirculationFormController(DocumentWorkflowContext pages, Consultations consultations, DirectoryListings listings,
            Partnership partnership, OptionLabels labels, FormPost post) {
        this.pages = pages;
        this.consultations = consultations;
        this.listings = listings;
        this.partnership = partnership;
        this.labels = labels;
        this.post = post;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/documents/{id}/circulate")
    String circulateForm(Actor actor, @PathVariable UUID id, Model model) {
        DocumentView view = pages.manageable(actor, id);
        model.addAttribute("circulationForm", CirculationForm.sentOn(pages.today()));
        return form(model, actor, view);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/documents/{id}/circulate")
    String circulate(Actor actor, @PathVariable UUID id,
            @Valid @ModelAttribute("circulationForm") CirculationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        DocumentView view = pages.manageable(actor, id);
        BindingResult checked = post.check(form, errors, model, form::check);
        return post.submit(checked, redirect, FIELDS, () -> {
            Circulation sent = consultations.circulate(actor, id, form.details());
            return Done.redirect("/documents/" + id, "documents.circulate.done." + sent.purpose().name(),
                    sent.versionLabel(), sent.recipientsLabel());
        }, () -> form(model, actor, view));
    }

    private String form(Model model, Actor actor, DocumentView view) {
        pages.context(model, view, DocumentStep.CIRCULATE);
        model.addAttribute("purposes", labels.of(CirculationPurpose.values(), "documents.circulate.purpose."));
        Map<String, String> hints = labels.hints(CirculationPurpose.values(), "documents.circulate.purpose.");
        String body = view.approvingBodyName();
        hints.put(CirculationPurpose.APPROVAL.name(), body == null
                ? labels.text("documents.circulate.purpose.APPROVAL.noBody")
                : labels.text("documents.circulate.purpose.APPROVAL.body", body));
        model.addAttribute("purposeHints", hints);
        model.addAttribute("recipients", Stream.concat(
                listings.organisationChoices(actor).stream()
                        .map(org -> new Option(Recipient.organisation(org.id(), org.name()).key(), org.name())),
                partnership.bodies(actor).stream()
                        .map(b -> new Option(Recipient.body(b.id(), b.name()).key(), b.name())))
                .toList());
        return "documents/circulate";
    }
}
