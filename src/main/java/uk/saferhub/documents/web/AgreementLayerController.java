package uk.saferhub.documents.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.documents.AgreementLayer;
import uk.saferhub.documents.AreaStage;
import uk.saferhub.documents.ServiceAgreements;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.MapDrawing;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.ChangeRefused;
import uk.saferhub.shared.access.CurrentActor;

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

    AgreementLayerController(ServiceAgreements agreements, Geography geography, AgreementLayerMap maps) {
        this.agreements = agreements;
        this.geography = geography;
        this.maps = maps;
    }

    @PreAuthorize("hasAnyRole('READER', 'PANEL_MEMBER')")
    @GetMapping("/documents/areas")
    String areas(@RequestParam(required = false) String place, Model model) {
        model.addAttribute("places", CHOICES.stream().flatMap(type -> geography.places(type).stream()
                .sorted(Comparator.comparing(Place::name))
                .map(p -> new AgreementChoice(p.id().toString(), p.name() + " (" + type.label().toLowerCase() + ")")))
                .toList());
        model.addAttribute("stages", List.of(AreaStage.values()));
        String title = "Service agreements by area";
        Optional<Place> chosen = place == null || place.isBlank()
                ? geography.place(PlaceType.DISTRICT, DEFAULT_DISTRICT) : known(place);
        if (chosen.isEmpty() && place != null && !place.isBlank()) {
            model.addAttribute("error", new ChangeRefused("place", "Choose a place from the list"));
            title = "Error: " + title;
        }
        chosen.ifPresent(p -> {
            AgreementLayer layer = agreements.layer(CurrentActor.require(), p.id());
            Map<UUID, MapDrawing> drawn = maps.draw(layer);
            model.addAttribute("layer", layer);
            model.addAttribute("maps", drawn);
            model.addAttribute("chosen", p.id().toString());
        });
        model.addAttribute("title", chosen.map(p -> "Service agreements in " + p.name()).orElse(title));
        return "documents/areas";
    }

    private Optional<Place> known(String place) {
        UUID id = AgreementFormSupport.id(place);
        return id == null ? Optional.empty() : geography.place(id);
    }
}
