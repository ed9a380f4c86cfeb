package uk.saferhub.crimedata.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import uk.saferhub.crimedata.ControlLimits.Signal;
import uk.saferhub.crimedata.CrimeCharts;
import uk.saferhub.crimedata.CrimeAnalysis;
import uk.saferhub.crimedata.CrimeHotspots;
import uk.saferhub.crimedata.CrimeQuery;
import uk.saferhub.crimedata.CrimeQueryRefused;
import uk.saferhub.crimedata.CrimeSummary;
import uk.saferhub.crimedata.CrimeTrend;
import uk.saferhub.crimedata.HarmWeights;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;

/**
 * The crime analysis page: counts, changes, control limits and hot spots for a place, force, period and crime types.
 * Every signed-in user may use it: its figures are data.police.uk's public street-level data, and it holds nothing
 * restricted (no intelligence, no personal data).
 */
@Controller
class CrimeAnalysisController {

    static final int TOP = 10;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final CrimeAnalysis analysis;
    private final CrimeRequests requests;
    private final CrimeMaps maps;
    private final HarmWeights harm;
    private final Geography geography;
    private final PageWords words;

    CrimeAnalysisController(CrimeAnalysis analysis, CrimeRequests requests, CrimeMaps maps, HarmWeights harm,
            Geography geography, PageWords words) {
        this.analysis = analysis;
        this.requests = requests;
        this.maps = maps;
        this.harm = harm;
        this.geography = geography;
        this.words = words;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/crime")
    String page(Actor actor, @RequestParam(required = false) String place, @RequestParam(required = false) String force,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(name = "category", required = false) List<String> categories, Model model) {
        model.addAttribute("places", places());
        model.addAttribute("forces", analysis.forces().stream()
                .map(key -> new Option(key, analysis.forceName(key))).toList());
        model.addAttribute("crimeTypes", analysis.crimeTypes());
        model.addAttribute("chosen", new Chosen(place, force, from, to, categories == null ? List.of() : categories));
        model.addAttribute("harmWeights", harm.all());
        model.addAttribute("mayImport", ChangePolicy.holds(actor, Role.COORDINATOR));
        Optional<CrimeQuery> query;
        try {
            query = requests.query(place, force, from, to, categories);
        } catch (CrimeQueryRefused refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("refusalText", words.refusal(refused));
            return "crimedata/analysis";
        }
        if (query.isEmpty()) {
            return "crimedata/analysis";
        }
        CrimeQuery resolved = query.get();
        CrimeSummary summary = analysis.summary(resolved);
        CrimeHotspots hotspots = analysis.hotspots(resolved, TOP);
        CrimeTrend trend = summary.trend();
        model.addAttribute("query", resolved);
        model.addAttribute("summary", summary);
        model.addAttribute("hotspots", hotspots);
        model.addAttribute("outcomes", analysis.outcomes(resolved));
        model.addAttribute("period", words.text("crime.period", resolved.from().format(MONTH),
                resolved.to().format(MONTH)));
        model.addAttribute("signalText", signal(trend));
        model.addAttribute("trendChart", CrimeCharts.trend("crime-trend", trend.months(), trend.limits(),
                trend.signal() != null && trend.signal().beyondNormal(), new CrimeCharts.Words(
                        words.text("crime.trend.chart.title", summary.placeName() == null
                                ? words.text("crime.everywhere") : summary.placeName()),
                        words.text("crime.trend.chart.description"), words.text("crime.trend.upper"),
                        words.text("crime.trend.centre"), words.text("crime.trend.lower"),
                        words.text("crime.trend.column"))));
        model.addAttribute("wardMap", maps.wards(summary, without(resolved)));
        model.addAttribute("hotMap", maps.hotspots(hotspots, summary.placeName()));
        model.addAttribute("apiQuery", api(resolved));
        return "crimedata/analysis";
    }

    /** What the form shows as chosen. */
    record Chosen(String place, String force, String from, String to, List<String> categories) {
    }

    /** The plain statement of the last month against its control limits. */
    String signal(CrimeTrend trend) {
        if (trend.limits() == null) {
            return words.text("crime.signal.notEnough", trend.baseline().size());
        }
        String month = trend.query().to().format(MONTH);
        long count = trend.months().getLast().count();
        String upper = String.format(Locale.UK, "%,.0f", trend.limits().upper());
        String lower = String.format(Locale.UK, "%,.0f", trend.limits().lower());
        Signal signal = trend.signal();
        return words.text("crime.signal." + signal.name(), month, count, lower, upper, trend.baseline().size());
    }

    private List<Option> places() {
        List<Option> options = new ArrayList<>();
        for (PlaceType type : List.of(PlaceType.FORCE_AREA, PlaceType.DISTRICT, PlaceType.CITY_AREA,
                PlaceType.PATROL_AREA)) {
            for (Place place : geography.places(type)) {
                options.add(new Option(place.id().toString(), place.name() + " (" + type.label() + ")"));
            }
        }
        return options;
    }

    private static String without(CrimeQuery query) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (query.force() != null) {
            uri.queryParam("force", query.force());
        }
        uri.queryParam("from", query.from()).queryParam("to", query.to());
        query.categories().forEach(category -> uri.queryParam("category", category));
        return "&" + uri.build().encode().getQuery();
    }

    static String api(CrimeQuery query) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (query.placeId() != null) {
            uri.queryParam("place", query.placeId());
        }
        if (query.force() != null) {
            uri.queryParam("force", query.force());
        }
        uri.queryParam("from", query.from()).queryParam("to", query.to());
        query.categories().forEach(category -> uri.queryParam("category", category));
        return uri.build().encode().getQuery();
    }

    static YearMonth month(String value) {
        return value == null || value.isBlank() ? null : YearMonth.parse(value);
    }
}
