package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.workforce.ActiveAttachment;
import uk.saferhub.workforce.AttachmentRole;
import uk.saferhub.workforce.Pcso;
import uk.saferhub.workforce.PcsoFilter;
import uk.saferhub.workforce.PcsoStatus;
import uk.saferhub.workforce.Workforce;

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
    String list(@RequestParam(required = false) String team, @RequestParam(required = false) String status,
            @RequestParam(required = false) String scheme, Model model) {
        Actor actor = CurrentActor.require();
        var lookup = names.lookup(actor);
        PcsoStatus chosenStatus = Arrays.stream(PcsoStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        var filter = new PcsoFilter(FormValues.uuidOrNull(team), chosenStatus, FormValues.uuidOrNull(scheme));
        LocalDate today = workforce.today();
        Map<UUID, List<String>> wards = workforce.activeAttachments(actor, today).stream()
                .collect(Collectors.groupingBy(ActiveAttachment::pcsoId, Collectors.mapping(
                        a -> lookup.ward(a.wardId()) + (a.role() == AttachmentRole.COVER ? " (cover)" : ""),
                        Collectors.toList())));
        List<Pcso> pcsos = workforce.pcsos(actor, filter);
        model.addAttribute("pcsos", pcsos.stream()
                .map(pcso -> PcsoRow.of(pcso, lookup, wards.getOrDefault(pcso.id(), List.of()))).toList());
        model.addAttribute("team", filter.teamId() == null ? "" : filter.teamId().toString());
        model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.name());
        model.addAttribute("scheme", filter.schemeId() == null ? "" : filter.schemeId().toString());
        model.addAttribute("teams", names.teams(actor));
        model.addAttribute("statuses", Arrays.stream(PcsoStatus.values())
                .map(s -> new Choice(s.name(), s.label())).toList());
        model.addAttribute("schemes", names.schemes(actor));
        model.addAttribute("mayAdd", workforce.mayEditFor(actor, actor.organisationId()));
        return "workforce/pcsos";
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce/pcsos/{id}")
    String show(@PathVariable String id, Model model) {
        Actor actor = CurrentActor.require();
        Pcso pcso = workforce.pcso(actor, FormValues.pathId(id, "pcso"));
        return page.show(model, actor, pcso, AttachForm.startingOn(page.today()), false);
    }
}
