package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
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
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.workforce.internal.PcsoFilter;
import uk.saferhub.workforce.internal.TeamPosts;
import uk.saferhub.workforce.internal.Workforce;
import uk.saferhub.workforce.internal.WorkforceEditor;

/** Neighbourhood policing teams: their posts (establishment, filled, vacancies), one team's PCSOs and wards. */
@Controller
class TeamPagesController {

    private final Workforce workforce;
    private final WorkforceEditor editor;
    private final WorkforceNames names;
    private final FormPost post;

    TeamPagesController(Workforce workforce, WorkforceEditor editor, WorkforceNames names, FormPost post) {
        this.workforce = workforce;
        this.editor = editor;
        this.names = names;
        this.post = post;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce/teams")
    String list(Actor actor, Model model) {
        model.addAttribute("teams", workforce.teams(actor));
        return "workforce/teams";
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/workforce/teams/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        TeamPosts team = workforce.team(actor, id);
        var lookup = names.lookup(actor);
        LocalDate today = workforce.today();
        var wards = lookup.wardsByPcso(workforce.teamAttachments(actor, team.teamId(), today));
        model.addAttribute("team", team);
        model.addAttribute("pcsos", workforce.pcsos(actor, PcsoFilter.ofTeam(team.teamId())).stream()
                .map(pcso -> PcsoRow.of(pcso, lookup, wards.getOrDefault(pcso.id(), List.of()))).toList());
        model.addAttribute("today", today);
        model.addAttribute("mayEdit", workforce.mayEditFor(actor, team.teamId()));
        return "workforce/team";
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @GetMapping("/workforce/teams/{id}/posts")
    String postsForm(Actor actor, @PathVariable UUID id, Model model) {
        TeamPosts team = editable(actor, id);
        model.addAttribute("teamPostsForm", new TeamPostsForm(team.establishment()));
        return postsPage(model, team);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @PostMapping("/workforce/teams/{id}/posts")
    String savePosts(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("teamPostsForm") TeamPostsForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        TeamPosts team = editable(actor, id);
        BindingResult checked = post.check(form, errors, model);
        return post.submit(checked, redirect, () -> {
            editor.setEstablishment(actor, team.teamId(), form.establishment());
            return Done.redirect("/workforce/teams/" + team.teamId(), "workforce.posts.recorded", team.teamName());
        }, () -> postsPage(model, team));
    }

    private TeamPosts editable(Actor actor, UUID id) {
        TeamPosts team = workforce.team(actor, id);
        if (!workforce.mayEditFor(actor, team.teamId())) {
            throw new RecordNotFoundException("team", id);
        }
        return team;
    }

    private static String postsPage(Model model, TeamPosts team) {
        model.addAttribute("team", team);
        return "workforce/team-posts-form";
    }
}
