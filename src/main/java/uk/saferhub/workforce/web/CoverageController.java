package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.ChangeRefused;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.workforce.Coverage;
import uk.saferhub.workforce.CoverageReport;

/** The coverage page: which wards of a place PCSO attachments cover, which none covers, where schemes overlap. */
@Controller
class CoverageController {

    private static final List<PlaceType> WITH_WARDS = List.of(PlaceType.FORCE_AREA, PlaceType.DIVISION,
            PlaceType.DISTRICT, PlaceType.CITY_AREA, PlaceType.NEIGHBOURHOOD, PlaceType.PATROL_AREA,
            PlaceType.TRIAL_AREA);

    private final Coverage coverage;
    private final Geography geography;
    private final CoverageMap maps;

    CoverageController(Coverage coverage, Geography geography, CoverageMap maps) {
        this.coverage = coverage;
        this.geography = geography;
        this.maps = maps;
    }

    /** A choice of place: its code and a label with its type. */
    record PlaceChoice(String value, String label) {
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/workforce/coverage")
    String coverage(@RequestParam(required = false) String place, @RequestParam(required = false) String on,
            Model model) {
        List<PlaceChoice> choices = WITH_WARDS.stream().flatMap(type -> geography.places(type).stream())
                .sorted(Comparator.comparing(Place::name))
                .map(p -> new PlaceChoice(p.code(), p.name() + " (" + p.type().label().toLowerCase() + ")"))
                .toList();
        model.addAttribute("places", choices);
        model.addAttribute("place", place);
        model.addAttribute("on", on);
        String title = "Ward coverage";
        if (place != null && !place.isBlank()) {
            try {
                LocalDate day = on == null || on.isBlank() ? null : LocalDate.parse(on.strip());
                CoverageReport report = coverage.of(CurrentActor.require(), place, day);
                model.addAttribute("report", report);
                model.addAttribute("map", maps.draw(report));
                title = "Ward coverage of " + report.place().name();
            } catch (DateTimeParseException notADate) {
                model.addAttribute("error", new ChangeRefused("on", "Enter the day as yyyy-mm-dd, for example "
                        + coverage.today()));
                title = "Error: " + title;
            } catch (ChangeRefused refused) {
                model.addAttribute("error", refused);
                title = "Error: " + title;
            }
        }
        model.addAttribute("title", title);
        return "workforce/coverage";
    }
}
