package uk.saferhub.documents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

import uk.saferhub.documents.Circulation;
import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.DisplayDates;
import uk.saferhub.documents.DocumentAccess;
import uk.saferhub.documents.DocumentChangeRefused;
import uk.saferhub.documents.DocumentMarkup;
import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.documents.Section;
import uk.saferhub.documents.SectionKind;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * Recording a consultee's comment on a circulated draft, against one of its sections: a party's contributors for
 * any consultee, a consultee's contributors for their own organisation or a body they sit on. Refused after the
 * closing date.
 */
@Controller
class CommentFormController {

    private static final Map<String, String> FIELDS = Map.of("commenter", "commenter", "sectionRef", "sectionRef",
            "text", "text", "receivedOn", "receivedDay");

    private final Documents documents;
    private final Consultations consultations;

    CommentFormController(Documents documents, Consultations consultations) {
        this.documents = documents;
        this.consultations = consultations;
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/documents/{id}/circulations/{circulationId}/comments/new")
    String commentForm(@PathVariable UUID id, @PathVariable UUID circulationId, Model model) {
        Actor actor = CurrentActor.require();
        DocumentView view = documents.view(actor, id);
        Circulation circulation = circulation(view, circulationId);
        List<WorkflowChoice> commenters = commenters(actor, view, circulation);
        model.addAttribute("commentForm", CommentForm.receivedOn(documents.today(),
                commenters.size() == 1 ? commenters.getFirst().value() : null));
        return form(model, view, circulation, commenters, false);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/documents/{id}/circulations/{circulationId}/comments/new")
    String comment(@PathVariable UUID id, @PathVariable UUID circulationId,
            @ModelAttribute("commentForm") CommentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        DocumentView view = documents.view(actor, id);
        Circulation circulation = circulation(view, circulationId);
        List<WorkflowChoice> commenters = commenters(actor, view, circulation);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                consultations.comment(actor, circulationId, form.details());
                redirect.addFlashAttribute("success", "Comment on " + circulation.versionLabel() + " recorded");
                return "redirect:/documents/" + id;
            } catch (DocumentChangeRefused refused) {
                DocumentWorkflowContext.reject(errors, refused, FIELDS);
            }
        }
        return form(model, view, circulation, commenters, true);
    }

    /** The circulation for comment of this document; anything else is absent. */
    private static Circulation circulation(DocumentView view, UUID circulationId) {
        if (!view.canSeeDrafts()) {
            throw new RecordNotFoundException("document", view.document().id());
        }
        return view.circulations().stream()
                .filter(c -> c.id().equals(circulationId) && c.purpose() == CirculationPurpose.COMMENT)
                .findFirst().orElseThrow(() -> new RecordNotFoundException("document circulation", circulationId));
    }

    /** Those the actor may record a comment for: every recipient for a party's contributor, else their own. */
    private List<WorkflowChoice> commenters(Actor actor, DocumentView view, Circulation circulation) {
        DocumentAccess access = documents.access(actor, view.document());
        List<WorkflowChoice> choices = circulation.recipients().stream()
                .filter(r -> view.canEdit() || access.consultee(actor, r))
                .map(r -> WorkflowChoice.of(r.key(), r.name())).toList();
        if (choices.isEmpty()) {
            throw new AccessDeniedException("Neither a party's contributor nor one of this draft's consultees");
        }
        return choices;
    }

    private String form(Model model, DocumentView view, Circulation circulation, List<WorkflowChoice> commenters,
            boolean withErrors) {
        DocumentWorkflowContext.context(model, view, "Record a comment", withErrors);
        model.addAttribute("circulation", circulation);
        model.addAttribute("sentOn", DisplayDates.of(circulation.sentOn(), circulation.monthOnly()));
        model.addAttribute("closesOn", DisplayDates.day(circulation.closesOn()));
        model.addAttribute("open", circulation.openOn(documents.today()));
        model.addAttribute("commenters", commenters);
        DocumentVersion circulated = view.versions().stream().filter(v -> v.id().equals(circulation.versionId()))
                .findFirst().orElseThrow();
        List<WorkflowChoice> sections = new ArrayList<>();
        for (Section section : DocumentMarkup.parse(circulated.content()).sections()) {
            sections.add(WorkflowChoice.of(section.key(), sectionLabel(section)));
        }
        model.addAttribute("sections", sections);
        return "documents/comment";
    }

    /** "Section 2: PURPOSE OF THIS PROTOCOL", or for a clause its number and first words, cut at a word. */
    static String sectionLabel(Section section) {
        if (section.kind() != SectionKind.CLAUSE || section.text() == null || section.text().isBlank()) {
            return section.label();
        }
        String words = section.text().strip().replaceAll("\\s+", " ");
        if (words.length() > 60) {
            String cut = words.substring(0, 58);
            words = (cut.lastIndexOf(' ') > 20 ? cut.substring(0, cut.lastIndexOf(' ')) : cut).strip() + "…";
        }
        return section.label() + ": " + words;
    }
}
