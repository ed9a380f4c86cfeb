package uk.saferhub.workforce.web;

import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.workforce.internal.PcsoFilter;
import uk.saferhub.workforce.internal.PcsoStatus;
import uk.saferhub.workforce.internal.TeamPosts;
import uk.saferhub.workforce.internal.Workforce;

/** The workforce at a glance: teams and their posts, the funding schemes, and where to go next. */
@Controller
class WorkforceOverviewController {

    private final Workforce workforce;
    private final WorkforceNames names;

    WorkforceOverviewController(Workforce workforce, WorkforceNames names) {
        this.workforce = workforce;
        this.names = names;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce")
    String overview(Actor actor, Model model) {
        var lookup = names.lookup(actor);
        LocalDate today = workforce.today();
        var teams = workforce.teams(actor);
        model.addAttribute("teams", teams);
        model.addAttribute("establishment", teams.stream().filter(team -> team.establishment() != null)
                .mapToInt(TeamPosts::establishment).sum());
        model.addAttribute("filled", teams.stream().mapToInt(TeamPosts::filled).sum());
        model.addAttribute("active", workforce.pcsos(actor, new PcsoFilter(null, PcsoStatus.ACTIVE, null)).size());
        model.addAttribute("attachedToday", workforce.activeAttachments(actor, today).stream()
                .map(a -> a.pcsoId()).distinct().count());
        model.addAttribute("schemes", workforce.schemes(actor).stream()
                .map(scheme -> SchemeRow.of(scheme, lookup, today)).toList());
        model.addAttribute("mayAdd", workforce.mayEditFor(actor, actor.organisationId()));
        return "workforce/overview";
    }
}
