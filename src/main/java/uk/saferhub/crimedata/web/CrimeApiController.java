package uk.saferhub.crimedata.web;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.saferhub.crimedata.ControlLimits;
import uk.saferhub.crimedata.CrimeAnalysis;
import uk.saferhub.crimedata.CrimeHotspots;
import uk.saferhub.crimedata.CrimeHotspots.HotCell;
import uk.saferhub.crimedata.CrimeHotspots.Spot;
import uk.saferhub.crimedata.CrimeQuery;
import uk.saferhub.crimedata.CrimeQueryRefused;
import uk.saferhub.crimedata.CrimeSummary;
import uk.saferhub.crimedata.CrimeSummary.Change;
import uk.saferhub.crimedata.CrimeSummary.Figure;
import uk.saferhub.crimedata.CrimeSummary.MonthFigure;
import uk.saferhub.crimedata.CrimeTrend;
import uk.saferhub.crimedata.HarmWeights;

/**
 * Crime analysis in the API, for every signed-in partner and API key: the figures are data.police.uk's public
 * street-level data. A place, force, month or crime type that names nothing is a 400 problem.
 */
@RestController
@RequestMapping("/api/v1/crime")
@Tag(name = "Crime data", description = "data.police.uk street-level crime: counts, trends and hot spots")
class CrimeApiController {

    private final CrimeAnalysis analysis;
    private final CrimeRequests requests;
    private final HarmWeights harm;

    CrimeApiController(CrimeAnalysis analysis, CrimeRequests requests, HarmWeights harm) {
        this.analysis = analysis;
        this.requests = requests;
        this.harm = harm;
    }

    record QueryResponse(UUID place, String placeName, String force, YearMonth from, YearMonth to,
            List<String> categories) {
    }

    record ChangeResponse(long count, Long previousPeriod, Long sameMonthsLastYear, Double percentAgainstPrevious,
            Double percentAgainstLastYear) {
        static ChangeResponse of(Change change) {
            return new ChangeResponse(change.now(), change.previous(), change.lastYear(), round(change.againstPrevious()),
                    round(change.againstLastYear()));
        }
    }

    record FigureResponse(String key, String name, ChangeResponse change, double harm, boolean environmental) {
    }

    record MonthResponse(YearMonth month, long count, double harm, boolean held) {
    }

    record LimitsResponse(int baselineMonths, double centre, double upper, double lower, String signal,
            boolean beyondNormalVariation) {
    }

    record SummaryResponse(QueryResponse query, ChangeResponse total, double harm, List<MonthResponse> months,
            List<FigureResponse> categories, List<FigureResponse> wards, List<FigureResponse> areas,
            List<FigureResponse> forces, LimitsResponse controlLimits, String caveat) {
    }

    record TrendResponse(QueryResponse query, List<MonthResponse> baseline, List<MonthResponse> months,
            LimitsResponse controlLimits, String method) {
    }

    record SpotResponse(String key, String name, long count, double harm, Double latitude, Double longitude) {
    }

    record CellResponse(double south, double west, double north, double east, long count, double harm, double z,
            double confidence, String mostHarmAt) {
    }

    record HotspotsResponse(QueryResponse query, List<SpotResponse> wardsByCount, List<SpotResponse> wardsByHarm,
            List<SpotResponse> lsoasByCount, List<SpotResponse> lsoasByHarm, List<SpotResponse> locationsByCount,
            List<SpotResponse> locationsByHarm, int cellMetres, int cells, List<CellResponse> hotSpots,
            String method, java.util.Map<String, Double> harmWeights, String caveat) {
    }

    static final String CAVEAT = "Locations are data.police.uk's anonymised snap points, never addresses; rows are "
            + "placed in wards by coordinates (or LSOA code), so a new boundary vintage changes a place's figures.";

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/summary")
    @Operation(summary = "Counts by month, crime type, ward and force, with changes against the previous period and "
            + "the same months a year before, and the last month against its control limits")
    SummaryResponse summary(@Parameter(description = "A place's id or code, for example E07000011") @RequestParam(
            required = false) String place, @RequestParam(required = false) String force,
            @Parameter(description = "First month, yyyy-mm; 11 months before `to` when absent")
            @RequestParam(required = false) String from,
            @Parameter(description = "Last month, yyyy-mm; the latest held when absent")
            @RequestParam(required = false) String to,
            @Parameter(description = "Crime types, as data.police.uk names them; all when absent")
            @RequestParam(name = "category", required = false) List<String> categories) {
        CrimeQuery query = query(place, force, from, to, categories);
        CrimeSummary summary = analysis.summary(query);
        return new SummaryResponse(query(query), ChangeResponse.of(summary.total()), round(summary.harm()),
                months(summary.months()), figures(summary.categories()), figures(summary.wards()),
                figures(summary.areas()), figures(summary.forces()), limits(summary.trend()), CAVEAT);
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/trend")
    @Operation(summary = "The monthly series with the control limits of an individuals (XmR) chart")
    TrendResponse trend(@RequestParam(required = false) String place, @RequestParam(required = false) String force,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(name = "category", required = false) List<String> categories) {
        CrimeQuery query = query(place, force, from, to, categories);
        CrimeTrend trend = analysis.trend(query);
        return new TrendResponse(query(query), months(trend.baseline()), months(trend.months()), limits(trend),
                "Individuals (XmR) chart: centre the mean of up to 12 months before the last, limits 2.66 average "
                        + "moving ranges either side; a signal is the last month outside them or ending a run of 8 "
                        + "on one side of the centre.");
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/hotspots")
    @Operation(summary = "Top wards, LSOAs and snap points by count and by harm, and significant hot spots by "
            + "Getis-Ord Gi* over a grid")
    HotspotsResponse hotspots(@RequestParam(required = false) String place,
            @RequestParam(required = false) String force, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(name = "category", required = false) List<String> categories,
            @Parameter(description = "How many of each ranking, 1 to 100; 10 when absent")
            @RequestParam(defaultValue = "10") int top) {
        if (top < 1 || top > 100) {
            throw new CrimeQueryRefused("top", "crimedata.query.top");
        }
        CrimeQuery query = query(place, force, from, to, categories);
        CrimeHotspots hotspots = analysis.hotspots(query, top);
        return new HotspotsResponse(query(query), spots(hotspots.wardsByCount()), spots(hotspots.wardsByHarm()),
                spots(hotspots.lsoasByCount()), spots(hotspots.lsoasByHarm()), spots(hotspots.locationsByCount()),
                spots(hotspots.locationsByHarm()), hotspots.cellMetres(), hotspots.cells(),
                hotspots.hotCells().stream().map(CrimeApiController::cell).toList(),
                "Getis-Ord Gi* over harm in square cells of cellMetres, queen contiguity with the cell itself, binary "
                        + "weights; confidence 95, 99 or 99.9 for z above 1.96, 2.58 or 3.29.",
                harm.all(), CAVEAT);
    }

    private CrimeQuery query(String place, String force, String from, String to, List<String> categories) {
        return requests.query(place, force, from, to, categories)
                .orElseThrow(() -> new CrimeQueryRefused("place", "crimedata.query.nothingHeld"));
    }

    private QueryResponse query(CrimeQuery query) {
        return new QueryResponse(query.placeId(), analysis.placeName(query), query.force(), query.from(), query.to(),
                query.categories());
    }

    private static List<MonthResponse> months(List<MonthFigure> months) {
        return months.stream().map(month -> new MonthResponse(month.month(), month.count(), round(month.harm()),
                month.held()))
                .toList();
    }

    private static List<FigureResponse> figures(List<Figure> figures) {
        return figures.stream().map(figure -> new FigureResponse(figure.key().isEmpty() ? null : figure.key(),
                figure.name(), ChangeResponse.of(figure.count()), round(figure.harm()), figure.environmental()))
                .toList();
    }

    private static LimitsResponse limits(CrimeTrend trend) {
        ControlLimits limits = trend.limits();
        return limits == null ? null : new LimitsResponse(limits.baselineMonths(), round(limits.centre()),
                round(limits.upper()), round(limits.lower()), trend.signal().name(), trend.signal().beyondNormal());
    }

    private static List<SpotResponse> spots(List<Spot> spots) {
        return spots.stream().map(spot -> new SpotResponse(spot.key(), spot.name(), spot.count(), round(spot.harm()),
                spot.latitude(), spot.longitude())).toList();
    }

    private static CellResponse cell(HotCell cell) {
        return new CellResponse(cell.south(), cell.west(), cell.north(), cell.east(), cell.count(), round(cell.harm()),
                round(cell.z()), cell.confidence(), cell.place());
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
