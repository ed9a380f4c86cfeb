package uk.saferhub.publicsite.web;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.tasking.PublicPriorities;

/**
 * The public neighbourhood pages, for anyone without signing in: the areas the tasking groups cover, and each area's
 * priorities marked PUBLIC (what the partners are working on, since when, and what they have done), with a link to
 * the same as open data. Nothing restricted and no personal data reaches them.
 */
@Controller
class PublicPrioritiesPageController {

    private final PublicPriorities priorities;

    PublicPrioritiesPageController(PublicPriorities priorities) {
        this.priorities = priorities;
    }

    @PermitAll
    @GetMapping("/public/priorities")
    String areas(Model model) {
        model.addAttribute("areas", priorities.areas());
        return "publicsite/areas";
    }

    @PermitAll
    @GetMapping("/public/priorities/{area}")
    String area(@PathVariable String area, Model model) {
        String name = priorities.areas().entrySet().stream().filter(entry -> entry.getValue().equals(area))
                .map(java.util.Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("public-area", area));
        model.addAttribute("areaName", name);
        model.addAttribute("area", area);
        model.addAttribute("priorities", priorities.ofArea(area).orElseThrow());
        return "publicsite/area";
    }
}
