package uk.saferhub.geography.web;

import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.geography.PlaceType;
import uk.saferhub.geography.internal.PlaceCatalogue;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.Pagination;

/** The list of places by type, filtered by type and name: reference data every signed-in partner may see. */
@Controller
class PlacesController {

    private static final int PAGE_SIZE = 50;

    private final PlaceCatalogue catalogue;
    private final PlaceChoices choices;

    PlacesController(PlaceCatalogue catalogue, PlaceChoices choices) {
        this.catalogue = catalogue;
        this.choices = choices;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/places")
    String places(Actor actor, @RequestParam(required = false) PlaceType type,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request, Model model) {
        Map<PlaceType, Integer> counts = catalogue.countsByType();
        int current = Math.max(page, 1);
        PlaceCatalogue.Page results = catalogue.search(type, q, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        int pages = Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (current > pages) {
            current = pages;
            results = catalogue.search(type, q, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        model.addAttribute("counts", Arrays.stream(PlaceType.values()).filter(counts::containsKey)
                .map(value -> new TypeCount(value, counts.get(value))).toList());
        model.addAttribute("types", choices.types());
        model.addAttribute("type", type == null ? "" : type.name());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("results", results);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("pagination", Pagination.keepingParameters("/places", request.getParameterMap(), current,
                pages));
        // Places belong to no organisation: changing them needs only the role (the same hierarchy as the handlers).
        model.addAttribute("mayEdit", ChangePolicy.holds(actor, Role.COORDINATOR));
        return "geography/places";
    }

    /** How many places of a type there are. */
    record TypeCount(PlaceType type, int count) {
    }
}
