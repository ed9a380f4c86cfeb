package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.documents.Circulation;
import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.ConsultationComment;
import uk.saferhub.documents.Consultations;
import uk.saferhub.documents.DocumentAccess;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.documents.internal.DisplayDates;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;

/**
 * The consultation summary for the approving body (seed 000: "any comments they have made will be presented to
 * Cabinet"): every circulation with its closing date, and the comments received grouped by section. Parties and
 * consultees only.
 */
@Controller
class ConsultationPageController {

    private final Documents documents;

    ConsultationPageController(Documents documents) {
        this.documents = documents;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/documents/{id}/consultation")
    String consultation(Actor actor, @PathVariable UUID id, Model model) {
        DocumentView view = documents.view(actor, id);
        if (!view.canSeeDrafts()) {
            throw new RecordNotFoundException("document", id);
        }
        Map<String, List<ConsultationComment>> summary = Consultations.bySection(view);
        DocumentWorkflowContext.context(model, view);
        model.addAttribute("summary", summary);
        model.addAttribute("commentCount", summary.values().stream().mapToInt(List::size).sum());
        model.addAttribute("circulationVersions", circulationVersions(view));
        model.addAttribute("rows", rows(actor, view));
        return "documents/consultation";
    }

    private List<ConsultationRow> rows(Actor actor, DocumentView view) {
        LocalDate today = documents.today();
        DocumentAccess access = documents.access(actor, view.document());
        boolean contributor = ChangePolicy.holds(actor, Role.CONTRIBUTOR);
        return view.circulations().stream().map(c -> new ConsultationRow(c,
                DisplayDates.of(c.sentOn(), c.monthOnly()), DisplayDates.day(c.closesOn()), c.openOn(today),
                contributor && view.workingDraft() != null
                        && c.purpose() == CirculationPurpose.COMMENT && (view.canEdit()
                        || c.recipients().stream().anyMatch(r -> access.consultee(actor, r)))))
                .toList();
    }

    /** Which draft each circulation sent, so every comment says which draft it was made on. */
    static Map<UUID, String> circulationVersions(DocumentView view) {
        Map<UUID, String> versions = new HashMap<>();
        for (Circulation circulation : view.circulations()) {
            versions.put(circulation.id(), circulation.versionLabel());
        }
        return versions;
    }
}
