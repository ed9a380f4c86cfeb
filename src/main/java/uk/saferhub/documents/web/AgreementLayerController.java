package uk.saferhub.documents.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.saferhub.documents.AgreementLayer;
import uk.saferhub.documents.AreaStage;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.MapDrawing;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormErrors;

/**
 * The service agreements as a layer on the geography: for a district, force area or city area, a map per agreement of
 * its wards piloted, in force or not yet there, and a table of the same for screen readers and for places whose wards
 * have no boundaries.
 */
@Controller
class AgreementLayerController {

    /** Huntingdonshire, where seed 000's first service agreement is piloted: the page's default place. */
    static final String DEFAULT_DISTRICT = "E07000011";

    private static final List<PlaceType> CHOICES = List.of(PlaceType.FORCE_AREA, PlaceType.DISTRICT,
            PlaceType.CITY_AREA);

    private final ServiceAgreements agreements;
    private final Geography geography;
    private final AgreementLayerMap maps;
    private final AgreementPages pages;

    AgreementLayerController(ServiceAgreements agreements, Geography geography, AgreementLayerMap maps,
            AgreementPages pages) {
        this.agreements = agreements;
        this.geography = geography;
        this.maps = maps;
        this.pages = pages;
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/documents/areas")
    String areas(Actor actor, @ModelAttribute("areaFilter") AreaFilter filter, BindingResult errors, Model model) {
        model.addAttribute("places", pages.places(CHOICES));
        model.addAttribute("stages", List.of(AreaStage.values()));
        Optional<Place> chosen = Optional.empty();
        if (!errors.hasErrors()) {
            chosen = filter.place() == null ? geography.place(PlaceType.DISTRICT, DEFAULT_DISTRICT)
                    : geography.place(filter.place());
            if (chosen.isEmpty() && filter.place() != null) {
                FormErrors.reject(errors, "place", "documents.areas.place.unknown");
            } else {
                // The place shown is the one chosen in the list, the default district included.
                model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "areaFilter");
                model.addAttribute("areaFilter", new AreaFilter(chosen.map(Place::id).orElse(null)));
            }
        }
        chosen.ifPresent(p -> {
            AgreementLayer layer = agreements.layer(actor, p.id());
            Map<UUID, MapDrawing> drawn = maps.draw(layer);
            model.addAttribute("layer", layer);
            model.addAttribute("maps", drawn);
        });
        model.addAttribute("chosen", chosen.orElse(null));
        return "documents/areas";
    }
}
