package uk.saferhub.documents.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Documents;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.shared.access.Actor;

/**
 * A document's page (its details, place in the hierarchy, current version with the control block at its end, history,
 * circulations, approvals and reviews) and one version's page with its own control block. Drafts only for parties
 * and consultees; a document the reader may not see is absent. An approval links to its meeting only for a reader
 * who may open that meeting.
 */
@Controller
class DocumentPageController {

    private final Documents documents;
    private final Meetings meetings;

    DocumentPageController(Documents documents, Meetings meetings) {
        this.documents = documents;
        this.meetings = meetings;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/documents/{id}")
    String document(Actor actor, @PathVariable UUID id, Model model) {
        DocumentView view = documents.view(actor, id);
        model.addAttribute("page", DocumentPage.of(view, documents.today(),
                meetingId -> meetings.maySeeMeeting(actor, meetingId)));
        return "documents/document";
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/documents/{id}/versions/{number}")
    String version(Actor actor, @PathVariable UUID id, @PathVariable String number, Model model) {
        DocumentView view = documents.view(actor, id);
        DocumentVersion version = documents.version(actor, id, number);
        List<DocumentVersion> visible = view.versions();
        int at = -1;
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(version.id())) {
                at = i;
            }
        }
        model.addAttribute("view", view);
        model.addAttribute("rendered", RenderedVersion.of(view, version));
        model.addAttribute("previous", at > 0 ? visible.get(at - 1) : null);
        model.addAttribute("next", at >= 0 && at < visible.size() - 1 ? visible.get(at + 1) : null);
        model.addAttribute("newest", at == visible.size() - 1);
        return "documents/version";
    }
}
