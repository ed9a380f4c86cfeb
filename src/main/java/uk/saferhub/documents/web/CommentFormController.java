package uk.saferhub.documents.web;

import java.util.List;
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

import uk.saferhub.documents.Circulation;
import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.DocumentAccess;
import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.documents.internal.DisplayDates;
import uk.saferhub.documents.internal.DocumentMarkup;
import uk.saferhub.documents.internal.Section;
import uk.saferhub.documents.internal.SectionKind;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;

/**
 * Recording a consultee's comment on a circulated draft, against one of its sections: a party's contributors for
 * any consultee, a consultee's contributors for their own organisation or a body they sit on. Refused after the
 * closing date.
 */
@Controller
class CommentFormController {

    private static final Map<String, String> FIELDS = RefusalFields.of(CommentForm.class,
            "receivedOn", "received.day");

    private final Documents documents;
    private final Consultations consultations;
    private final FormPost post;

    CommentFormController(Documents documents, Consultations consultations, FormPost post) {
        this.documents = documents;
        this.consultations = consultations;
        this.post = post;
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @GetMapping("/documents/{id}/circulations/{circulationId}/comments/new")
    String commentForm(Actor actor, @PathVariable UUID id, @PathVariable UUID circulationId, Model model) {
        DocumentView view = documents.view(actor, id);
        Circulation circulation = circulation(view, circulationId);
        List<Option> commenters = commenters(actor, view, circulation);
        model.addAttribute("commentForm", CommentForm.receivedOn(documents.today(),
                commenters.size() == 1 ? RecipientKey.valueOf(commenters.getFirst().value()) : null));
        return form(model, view, circulation, commenters);
    }

    @PreAuthorize("hasRole('CONTRIBUTOR')")
    @PostMapping("/documents/{id}/circulations/{circulationId}/comments/new")
    String comment(Actor actor, @PathVariable UUID id, @PathVariable UUID circulationId,
            @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        DocumentView view = documents.view(actor, id);
        Circulation circulation = circulation(view, circulationId);
        List<Option> commenters = commenters(actor, view, circulation);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, FIELDS, () -> {
            consultations.comment(actor, circulationId, form.details());
            return Done.redirect("/documents/" + id, "documents.comment.done", circulation.versionLabel());
        }, () -> form(model, view, circulation, commenters));
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
    private List<Option> commenters(Actor actor, DocumentView view, Circulation circulation) {
        DocumentAccess access = documents.access(actor, view.document());
        List<Option> choices = circulation.recipients().stream()
                .filter(r -> view.canEdit() || access.consultee(actor, r))
                .map(r -> new Option(r.key(), r.name())).toList();
        if (choices.isEmpty()) {
            throw new AccessDeniedException("Neither a party's contributor nor one of this draft's consultees");
        }
        return choices;
    }

    private String form(Model model, DocumentView view, Circulation circulation, List<Option> commenters) {
        DocumentWorkflowContext.context(model, view);
        model.addAttribute("circulation", circulation);
        model.addAttribute("sentOn", DisplayDates.of(circulation.sentOn(), circulation.monthOnly()));
        model.addAttribute("closesOn", DisplayDates.day(circulation.closesOn()));
        model.addAttribute("open", circulation.openOn(documents.today()));
        model.addAttribute("commenters", commenters);
        DocumentVersion circulated = view.versions().stream().filter(v -> v.id().equals(circulation.versionId()))
                .findFirst().orElseThrow();
        model.addAttribute("sections", DocumentMarkup.parse(circulated.content()).sections().stream()
                .map(section -> new Option(section.key(), sectionLabel(section))).toList());
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
