package uk.saferhub.geography.web;

import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.MapDrawing;
import uk.saferhub.geography.MapShade;
import uk.saferhub.geography.MapSvg;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.internal.Location;
import uk.saferhub.geography.internal.Locator;
import uk.saferhub.shared.web.PageWords;

/**
 * Find the places holding a coordinate: a form (sent with GET, so a result can be bookmarked), the places found with
 * links, and a small map of the ward with the point marked. For every signed-in partner.
 */
@Controller
class LocatePageController {

    private static final String VIEW = "geography/locate";

    private final Locator locator;
    private final Geography geography;
    private final MessageSourceAccessor text;
    private final PageWords words;

    LocatePageController(Locator locator, Geography geography, MessageSource messages, PageWords words) {
        this.locator = locator;
        this.geography = geography;
        this.text = new MessageSourceAccessor(messages);
        this.words = words;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/places/locate")
    String locate(@ModelAttribute("locateForm") LocateForm form, BindingResult errors, Model model) {
        if (!form.asked()) {
            return VIEW;
        }
        Coordinates point = form.check(errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        Location location = locator.locate(point.latitude(), point.longitude());
        model.addAttribute("location", location);
        model.addAttribute("map", map(location).orElse(null));
        return VIEW;
    }

    /** The ward holding the point (or else the smallest place holding it) with the point marked. */
    private Optional<MapDrawing> map(Location location) {
        Optional<Place> shown = location.ward().or(() -> location.containing().stream()
                .filter(Place::hasBoundary).reduce((larger, smaller) -> smaller));
        String lat = Double.toString(location.latitude());
        String lng = Double.toString(location.longitude());
        return shown.flatMap(place -> geography.boundary(place.id()).map((Geometry boundary) ->
                MapSvg.map("locate-map", text.getMessage("geography.locate.map.title", new Object[] {place.name()}))
                        .description(text.getMessage("geography.locate.map.description",
                                new Object[] {place.name(), lat, lng}))
                        .size(360, 320)
                        .shape(place.id(), place.name(), boundary, MapShade.OUTLINE, "/places/" + place.id(),
                                words.label(PlaceChoices.TYPE, place.type()))
                        .legend(MapShade.OUTLINE, text.getMessage("geography.locate.map.legend",
                                new Object[] {words.label(PlaceChoices.TYPE, place.type()), place.name()}))
                        .marker(location.latitude(), location.longitude(),
                                text.getMessage("geography.locate.map.point", new Object[] {lat, lng}))
                        .draw()));
    }
}
