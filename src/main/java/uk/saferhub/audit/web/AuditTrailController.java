package uk.saferhub.audit.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.internal.AuditPage;
import uk.saferhub.audit.AuditRecord;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.OrganisationNames;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.Pagination;

/**
 * The administrator's audit trail: events newest first, filtered and paged, kept to the events of their partnership
 * and of no organisation; and the page that verifies the hash chain.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditTrailController {

    static final int PAGE_SIZE = 25;

    private final AuditTrail trail;
    private final ObjectProvider<OrganisationNames> organisationNames;
    private final TrailWords trailWords;
    private final PageWords words;
    private final FormPost post;

    AuditTrailController(AuditTrail trail, ObjectProvider<OrganisationNames> organisationNames,
            TrailWords trailWords, PageWords words, FormPost post) {
        this.words = words;
        this.post = post;
        this.trail = trail;
        this.organisationNames = organisationNames;
        this.trailWords = trailWords;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping
    String trail(Actor actor, @Valid @ModelAttribute("filter") AuditFilterForm filter, BindingResult errors,
            Model model, HttpServletRequest request) {
        BindingResult checked = post.check(filter, errors, model, filter::check);
        model.addAttribute("actions", words.options(AuditAction.values(), "audit.action."));
        model.addAttribute("filtered", filter.active());
        if (checked.hasErrors()) {
            model.addAttribute("events", List.of());
            model.addAttribute("total", 0L);
            return "audit/audit-trail";
        }
        AuditPage page = trail.search(actor, filter.toQuery(PAGE_SIZE));
        var organisations = new HashSet<UUID>();
        page.events().stream().map(AuditRecord::actorOrganisationId).filter(Objects::nonNull)
                .forEach(organisations::add);
        Map<UUID, String> names = organisationNames.getIfAvailable(() -> ids -> Map.of()).namesOf(organisations);
        var records = trailWords.namesFor(actor, page.events());
        model.addAttribute("events", page.events().stream()
                .map(event -> AuditEventRow.of(event, names, records, trailWords)).toList());
        model.addAttribute("total", page.total());
        model.addAttribute("pagination", Pagination.keepingParameters(
                request.getRequestURI().substring(request.getContextPath().length()), request.getParameterMap(),
                Math.min(page.page() + 1, page.pages()), page.pages()));
        return "audit/audit-trail";
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/verify")
    String verify(Model model) {
        model.addAttribute("verification", trail.verify());
        return "audit/verify";
    }
}
