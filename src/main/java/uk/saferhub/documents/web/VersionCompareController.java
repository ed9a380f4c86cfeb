package uk.saferhub.documents.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.documents.internal.ChangeWords;
import uk.saferhub.documents.internal.Comparison;
import uk.saferhub.documents.internal.VersionComparison;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.PageWords;

/**
 * Compares two versions of a document section by section, rendered as the document page shows them: the changed,
 * added and removed sections open with the changed words marked, the others folded; by default the newest version
 * against the one before it. Drafts take part only for those who may see drafts.
 */
@Controller
class VersionCompareController {

    private final Documents documents;
    private final PageWords words;

    VersionCompareController(Documents documents, PageWords words) {
        this.documents = documents;
        this.words = words;
    }

    @GetMapping("/documents/{id}/compare")
    @PreAuthorize("isAuthenticated()")
    String compare(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        DocumentView view = documents.view(actor, id);
        List<DocumentVersion> versions = view.versions();
        model.addAttribute("view", view);
        model.addAttribute("versions", versions);
        if (versions.size() < 2) {
            return "documents/compare";
        }
        String toNumber = to == null || to.isBlank() ? versions.getLast().number() : to;
        String fromNumber = from == null || from.isBlank() ? previous(versions, toNumber) : from;
        DocumentVersion older = documents.version(actor, id, fromNumber);
        DocumentVersion newer = documents.version(actor, id, toNumber);
        Comparison comparison = VersionComparison.compare(older.content(), newer.content(),
                new ChangeWords(words.text("documents.compare.added"), words.text("documents.compare.removed")));
        model.addAttribute("older", older);
        model.addAttribute("newer", newer);
        model.addAttribute("comparison", comparison);
        return "documents/compare";
    }

    private static String previous(List<DocumentVersion> versions, String number) {
        for (int i = versions.size() - 1; i > 0; i--) {
            if (versions.get(i).number().equals(number)) {
                return versions.get(i - 1).number();
            }
        }
        return versions.getFirst().number();
    }
}
