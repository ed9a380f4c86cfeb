package uk.saferhub.tasking.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.Role;
import uk.saferhub.tasking.Tasking;
import uk.saferhub.tasking.TaskingProposals;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.PriorityFilter;
import uk.saferhub.tasking.internal.PriorityStatus;
import uk.saferhub.tasking.internal.PriorityView;

/** The tasking groups, a group's priorities and one priority: readers who may see the group and the priority. */
@Controller
class TaskingPagesController {

    private final Tasking tasking;
    private final TaskingChoices choices;
    private final TaskingProposals proposals;

    TaskingPagesController(Tasking tasking, TaskingChoices choices, TaskingProposals proposals) {
        this.tasking = tasking;
        this.choices = choices;
        this.proposals = proposals;
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking")
    String groups(Actor actor, Model model) {
        model.addAttribute("groups", tasking.groups(actor));
        model.addAttribute("mayMaintain", ChangePolicy.holds(actor, Role.COORDINATOR));
        return "tasking/groups";
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/groups/{bodyId}")
    String group(Actor actor, @PathVariable UUID bodyId, @RequestParam(required = false) String status,
            @RequestParam(required = false) UUID category, Model model) {
        Body group = tasking.group(actor, BodyId.of(bodyId));
        PriorityStatus wanted = status(status);
        List<Priority> priorities = tasking.priorities(actor, new PriorityFilter(bodyId, wanted, category, null));
        model.addAttribute("group", group);
        model.addAttribute("priorities", priorities);
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("category", category == null ? "" : category.toString());
        model.addAttribute("statuses", choices.statuses());
        model.addAttribute("categories", choices.categories());
        model.addAttribute("categoryNames", choices.categoryNames());
        model.addAttribute("organisationNames", choices.organisationNames());
        model.addAttribute("mayAdd", tasking.mayAddTo(actor, group));
        return "tasking/group";
    }

    @PreAuthorize("hasRole('READER')")
    @GetMapping("/tasking/priorities/{id}")
    String priority(Actor actor, @PathVariable UUID id, Model model) {
        PriorityView view = tasking.priority(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("priority", view.priority());
        model.addAttribute("placeNames", choices.placeNames(view.priority().placeIds()));
        model.addAttribute("organisationNames", choices.organisationNames());
        model.addAttribute("peopleNames", choices.peopleNames(actor));
        model.addAttribute("evidenceLinks", proposals.evidenceOf(actor, id));
        return "tasking/priority";
    }

    /** A status named in the address; anything else is all of them. */
    private static PriorityStatus status(String status) {
        for (PriorityStatus one : PriorityStatus.values()) {
            if (one.name().equals(status)) {
                return one;
            }
        }
        return null;
    }
}
