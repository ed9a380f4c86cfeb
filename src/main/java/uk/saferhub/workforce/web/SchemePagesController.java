package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.workforce.internal.FunderView;
import uk.saferhub.workforce.internal.FundingScheme;
import uk.saferhub.workforce.internal.PcsoFilter;
import uk.saferhub.workforce.internal.Workforce;

/** The funding schemes, one scheme with its PCSOs and the wards they cover, and what one funder pays for. */
@Controller
class SchemePagesController {

    private final Workforce workforce;
    private final WorkforceNames names;

    SchemePagesController(Workforce workforce, WorkforceNames names) {
        this.workforce = workforce;
        this.names = names;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce/schemes")
    String list(Actor actor, Model model) {
        var lookup = names.lookup(actor);
        LocalDate today = workforce.today();
        model.addAttribute("schemes", workforce.schemes(actor).stream()
                .map(scheme -> SchemeRow.of(scheme, lookup, today)).toList());
        model.addAttribute("mayAdd", workforce.mayEditFor(actor, actor.organisationId()));
        return "workforce/schemes";
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce/schemes/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        FundingScheme scheme = workforce.scheme(actor, id);
        var lookup = names.lookup(actor);
        LocalDate today = workforce.today();
        model.addAttribute("scheme", scheme);
        model.addAttribute("row", SchemeRow.of(scheme, lookup, today));
        model.addAttribute("costPerPost", Pounds.of(scheme.costPerPost()));
        model.addAttribute("costOfPosts", scheme.costOfPosts().map(Pounds::of).orElse(null));
        model.addAttribute("fullPosts", scheme.fullPostsEquivalent().map(p -> p.toPlainString()).orElse(null));
        model.addAttribute("pcsos", pcsoRows(actor, scheme.id(), lookup, today));
        model.addAttribute("today", today);
        model.addAttribute("mayEdit", workforce.mayEdit(actor, scheme));
        return "workforce/scheme";
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce/funders/{organisationId}")
    String funder(Actor actor, @PathVariable UUID organisationId, Model model) {
        FunderView funder = workforce.funder(actor, organisationId);
        var lookup = names.lookup(actor);
        LocalDate today = workforce.today();
        model.addAttribute("funder", funder);
        model.addAttribute("knownCost", Pounds.of(funder.knownCost()));
        model.addAttribute("schemes", funder.schemes().stream().map(funded -> new FundedRow(
                SchemeRow.of(funded.scheme(), lookup, today),
                funded.scheme().fullPostsEquivalent().map(p -> p.toPlainString()).orElse(null),
                pcsoRows(actor, funded.scheme().id(), lookup, today))).toList());
        return "workforce/funder";
    }

    private List<PcsoRow> pcsoRows(Actor actor, UUID schemeId, WorkforceNames.Lookup lookup, LocalDate today) {
        var wards = lookup.wardsByPcso(workforce.schemeAttachments(actor, schemeId, today));
        return workforce.pcsos(actor, PcsoFilter.ofScheme(schemeId)).stream()
                .map(pcso -> PcsoRow.of(pcso, lookup, wards.getOrDefault(pcso.id(), List.of()))).toList();
    }

    /** A scheme on its funder's page, with the PCSOs in it. */
    record FundedRow(SchemeRow scheme, String fullPosts, List<PcsoRow> pcsos) {
    }
}
