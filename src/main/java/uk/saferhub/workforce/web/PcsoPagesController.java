package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.workforce.internal.PcsoFilter;
import uk.saferhub.workforce.internal.PcsoStatus;
import uk.saferhub.workforce.internal.Workforce;

/** The list of PCSOs, filtered by team, status and scheme, and one PCSO's page. */
@Controller
class PcsoPagesController {

    private final Workforce workforce;
    private final WorkforceNames names;
    private final PcsoPage page;

    PcsoPagesController(Workforce workforce, WorkforceNames names, PcsoPage page) {
        this.workforce = workforce;
        this.names = names;
        this.page = page;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce/pcsos")
    String list(Actor actor, @RequestParam(required = false) UUID team,
            @RequestParam(required = false) PcsoStatus status, @RequestParam(required = false) UUID scheme,
            Model model) {
        var lookup = names.lookup(actor);
        var filter = new PcsoFilter(team, status, scheme);
        LocalDate today = workforce.today();
        var wards = lookup.wardsByPcso(workforce.activeAttachments(actor, today));
        model.addAttribute("pcsos", workforce.pcsos(actor, filter).stream()
                .map(pcso -> PcsoRow.of(pcso, lookup, wards.getOrDefault(pcso.id(), List.of()))).toList());
        model.addAttribute("team", filter.teamId() == null ? "" : filter.teamId().toString());
        model.addAttribute("status", filter.status() == null ? "" : filter.status().name());
        model.addAttribute("scheme", filter.schemeId() == null ? "" : filter.schemeId().toString());
        model.addAttribute("teams", names.teams(actor));
        model.addAttribute("statuses", names.options(PcsoStatus.values(), "workforce.pcsoStatus."));
        model.addAttribute("schemes", names.schemes(actor));
        model.addAttribute("mayAdd", workforce.mayEditFor(actor, actor.organisationId()));
        return "workforce/pcsos";
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce/pcsos/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        return page.show(model, actor, workforce.pcso(actor, id), AttachForm.startingOn(page.today()));
    }
}
