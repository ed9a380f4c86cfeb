package uk.saferhub.geography.web;

import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Location;
import uk.saferhub.geography.Locator;
import uk.saferhub.geography.MapDrawing;
import uk.saferhub.geography.MapShade;
import uk.saferhub.geography.MapSvg;
import uk.saferhub.geography.Place;

/**
 * Find the places holding a coordinate: a form (sent with GET, so a result can be bookmarked), the places found with
 * links, and a small map of the ward with the point marked. For every signed-in partner.
 */
@Controller
class LocatePageController {

    private final Locator locator;
    private final Geography geography;

    LocatePageController(Locator locator, Geography geography) {
        this.locator = locator;
        this.geography = geography;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/places/locate")
    String locate(@ModelAttribute("form") LocateForm form, BindingResult errors, Model model) {
        if (form.lat() == null && form.lng() == null) {
            return "geography/locate";
        }
        Coordinates point = Coordinates.parse(form.lat(), form.lng());
        point.errors().forEach((field, message) -> errors.rejectValue(field, "invalid", message));
        if (errors.hasErrors()) {
            model.addAttribute("failed", true);
            return "geography/locate";
        }
        Location location = locator.locate(point.latitude(), point.longitude());
        model.addAttribute("location", location);
        model.addAttribute("map", map(location).orElse(null));
        return "geography/locate";
    }

    /** The ward holding the point (or else the smallest place holding it) with the point marked. */
    private Optional<MapDrawing> map(Location location) {
        Optional<Place> shown = location.ward().or(() -> location.containing().stream()
                .filter(Place::hasBoundary).reduce((larger, smaller) -> smaller));
        return shown.flatMap(place -> geography.boundary(place.id()).map((Geometry boundary) ->
                MapSvg.map("locate-map", "Map of " + place.name() + " with the point marked")
                        .description("The boundary of " + place.name() + " and the point at latitude "
                                + location.latitude() + ", longitude " + location.longitude() + ".")
                        .size(360, 320)
                        .shape(place.id(), place.name(), boundary, MapShade.OUTLINE, "/places/" + place.id(),
                                place.type().label())
                        .legend(MapShade.OUTLINE, place.type().label() + ": " + place.name())
                        .marker(location.latitude(), location.longitude(), "The point " + location.latitude()
                                + ", " + location.longitude())
                        .draw()));
    }
}
