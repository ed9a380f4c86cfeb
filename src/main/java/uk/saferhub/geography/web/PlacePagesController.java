package uk.saferhub.geography.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.MapDrawing;
import uk.saferhub.geography.MapShade;
import uk.saferhub.geography.MapSvg;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;

/**
 * One place's page: its details, a map of it with the places below it (or, for an area made of wards, its wards)
 * outlined and linked, and a table of the same places. For every signed-in partner.
 */
@Controller
class PlacePagesController {

    private final Geography geography;
    private final PlaceChoices choices;

    PlacePagesController(Geography geography, PlaceChoices choices) {
        this.geography = geography;
        this.choices = choices;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/places/{id}")
    String place(@PathVariable UUID id, @RequestParam(required = false) PlaceType show, Model model) {
        Place place = geography.require(id);
        List<Place> below = place.madeOfWards() ? geography.wardsWithin(id) : geography.children(id);
        List<PlaceType> types = below.stream().map(Place::type).distinct().sorted().toList();
        PlaceType shown = types.contains(show) ? show : types.isEmpty() ? null : types.getFirst();
        List<Place> children = below.stream().filter(child -> child.type() == shown).toList();
        model.addAttribute("place", place);
        model.addAttribute("parent", place.parentId() == null ? null : geography.place(place.parentId()).orElse(null));
        model.addAttribute("children", children);
        model.addAttribute("shownType", shown);
        model.addAttribute("otherTypes", types.stream().filter(type -> type != shown).toList());
        model.addAttribute("childrenDrawn", children.stream().filter(Place::hasBoundary).count());
        model.addAttribute("map", map(place, children, shown));
        return "geography/place";
    }

    /** The place's own boundary as a heavy outline over its children, each linked to its page; null if none. */
    private MapDrawing map(Place place, List<Place> children, PlaceType shown) {
        List<UUID> ids = new ArrayList<>();
        children.stream().filter(Place::hasBoundary).map(Place::id).forEach(ids::add);
        if (place.hasBoundary()) {
            ids.add(place.id());
        }
        if (ids.isEmpty()) {
            return null;
        }
        Map<UUID, Geometry> boundaries = geography.boundaries(ids);
        String childLabel = shown == null ? choices.text("geography.place.map.places") : choices.plural(shown);
        MapSvg map = MapSvg.map("place-map", choices.text("geography.place.map.title", place.name()))
                .description(children.isEmpty() ? choices.text("geography.place.map.boundaryOnly", place.name())
                        : choices.text("geography.place.map.children", childLabel, place.name()));
        for (Place child : children) {
            Geometry boundary = boundaries.get(child.id());
            if (boundary != null) {
                map.shape(child.id(), child.name(), boundary, MapShade.OUTLINE, "/places/" + child.id(),
                        child.code());
            }
        }
        Geometry own = boundaries.get(place.id());
        if (own != null) {
            map.shape(place.id(), place.name(), own, MapShade.FOCUS, null, choices.text("geography.place.map.boundary"));
        }
        if (!children.isEmpty()) {
            map.legend(MapShade.OUTLINE, choices.text("geography.place.map.childrenLegend", childLabel));
        }
        if (own != null) {
            map.legend(MapShade.FOCUS, choices.text("geography.place.map.boundaryLegend", place.name()));
        }
        return map.draw();
    }
}
