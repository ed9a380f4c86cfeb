package uk.saferhub.documents.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentAccess;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.shared.access.Actor;

/** A service agreement's page: what it delivers, its pilots with their evaluated results, and its roll-outs. */
@Controller
class AgreementPageController {

    private final AgreementPages pages;
    private final ServiceAgreements agreements;

    AgreementPageController(AgreementPages pages, ServiceAgreements agreements) {
        this.pages = pages;
        this.agreements = agreements;
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/documents/{id}/agreement")
    String agreement(Actor actor, @PathVariable UUID id, Model model) {
        Document document = pages.agreementDocument(actor, id);
        DocumentAccess access = pages.access(actor, document);
        model.addAttribute("document", document);
        model.addAttribute("agreement", agreements.agreement(actor, id).orElse(null));
        model.addAttribute("pilots", agreements.pilots(actor, id));
        model.addAttribute("rollouts", agreements.rollouts(actor, id));
        model.addAttribute("canEdit", access.canEdit(actor));
        model.addAttribute("canManage", access.canManage(actor));
        return "documents/agreement";
    }
}
