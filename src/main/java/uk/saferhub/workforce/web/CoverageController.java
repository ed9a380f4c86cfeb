package uk.saferhub.workforce.web;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.ChangeRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.workforce.internal.Coverage;
import uk.saferhub.workforce.internal.CoverageReport;

/** The coverage page: which wards of a place PCSO attachments cover, which none covers, where schemes overlap. */
@Controller
class CoverageController {

    private static final List<PlaceType> WITH_WARDS = List.of(PlaceType.FORCE_AREA, PlaceType.DIVISION,
            PlaceType.DISTRICT, PlaceType.CITY_AREA, PlaceType.NEIGHBOURHOOD, PlaceType.PATROL_AREA,
            PlaceType.TRIAL_AREA);

    private final Coverage coverage;
    private final Geography geography;
    private final CoverageMap maps;
    private final WorkforceNames names;
    private final PageWords words;

    CoverageController(Coverage coverage, Geography geography, CoverageMap maps, WorkforceNames names,
            PageWords words) {
        this.coverage = coverage;
        this.geography = geography;
        this.maps = maps;
        this.names = names;
        this.words = words;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/workforce/coverage")
    String coverage(Actor actor, @Valid @ModelAttribute("coverageForm") CoverageForm form, BindingResult errors,
            Model model) {
        model.addAttribute("places", WITH_WARDS.stream().flatMap(type -> geography.places(type).stream())
                .sorted(Comparator.comparing(Place::name))
                .map(place -> new Option(place.code(), names.text("workforce.coverage.place.option", place.name(),
                        words.label("geography.placeType.lower.", place.type()))))
                .toList());
        if (form.asked() && !errors.hasErrors()) {
            try {
                CoverageReport report = coverage.of(actor, form.place(), form.on().date());
                model.addAttribute("report", report);
                model.addAttribute("map", maps.draw(report));
            } catch (ChangeRefused refused) {
                FormErrors.reject(errors, refused);
            }
        }
        return "workforce/coverage";
    }
}
