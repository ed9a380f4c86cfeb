package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.workforce.ActiveAttachment;
import uk.saferhub.workforce.AttachmentRole;
import uk.saferhub.workforce.PcsoFilter;
import uk.saferhub.workforce.TeamPosts;
import uk.saferhub.workforce.Workforce;
import uk.saferhub.workforce.WorkforceChangeRefused;
import uk.saferhub.workforce.WorkforceEditor;

/** Neighbourhood policing teams: their posts (establishment, filled, vacancies), one team's PCSOs and wards. */
@Controller
class TeamPagesController {

    private final Workforce workforce;
    private final WorkforceEditor editor;
    private final WorkforceNames names;

    TeamPagesController(Workforce workforce, WorkforceEditor editor, WorkforceNames names) {
        this.workforce = workforce;
        this.editor = editor;
        this.names = names;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce/teams")
    String list(Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("teams", workforce.teams(actor));
        return "workforce/teams";
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce/teams/{id}")
    String show(@PathVariable String id, Model model) {
        Actor actor = CurrentActor.require();
        TeamPosts team = workforce.team(actor, FormValues.pathId(id, "team"));
        var lookup = names.lookup(actor);
        LocalDate today = workforce.today();
        Map<UUID, List<String>> wards = workforce.teamAttachments(actor, team.teamId(), today).stream()
                .collect(Collectors.groupingBy(ActiveAttachment::pcsoId, Collectors.mapping(
                        a -> lookup.ward(a.wardId()) + (a.role() == AttachmentRole.COVER ? " (cover)" : ""),
                        Collectors.toList())));
        model.addAttribute("team", team);
        model.addAttribute("pcsos", workforce.pcsos(actor, PcsoFilter.ofTeam(team.teamId())).stream()
                .map(pcso -> PcsoRow.of(pcso, lookup, wards.getOrDefault(pcso.id(), List.of()))).toList());
        model.addAttribute("today", WorkforceDisplay.day(today));
        model.addAttribute("mayEdit", workforce.mayEditFor(actor, team.teamId()));
        return "workforce/team";
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/teams/{id}/posts")
    String postsForm(@PathVariable String id, Model model) {
        Actor actor = CurrentActor.require();
        TeamPosts team = editable(actor, id);
        model.addAttribute("teamPostsForm", TeamPostsForm.of(team.establishment()));
        return postsPage(model, team, false);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/teams/{id}/posts")
    String savePosts(@PathVariable String id, @ModelAttribute("teamPostsForm") TeamPostsForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        TeamPosts team = editable(actor, id);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                editor.setEstablishment(actor, team.teamId(), form.posts());
                redirect.addFlashAttribute("success", "Posts of " + team.teamName() + " recorded");
                return "redirect:/workforce/teams/" + team.teamId();
            } catch (WorkforceChangeRefused refused) {
                FormValues.reject(errors, refused);
            }
        }
        return postsPage(model, team, true);
    }

    private TeamPosts editable(Actor actor, String id) {
        TeamPosts team = workforce.team(actor, FormValues.pathId(id, "team"));
        if (!workforce.mayEditFor(actor, team.teamId())) {
            throw new RecordNotFoundException("team", id);
        }
        return team;
    }

    private String postsPage(Model model, TeamPosts team, boolean withErrors) {
        String heading = "PCSO posts of " + team.teamName();
        model.addAttribute("heading", heading);
        model.addAttribute("pageTitle", (withErrors ? "Error: " : "") + heading);
        model.addAttribute("team", team);
        return "workforce/team-posts-form";
    }
}
