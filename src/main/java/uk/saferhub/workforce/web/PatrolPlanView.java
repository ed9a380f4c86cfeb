package uk.saferhub.workforce.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.MapShade;
import uk.saferhub.geography.MapSvg;
import uk.saferhub.geography.Place;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.Option;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.workforce.internal.PatrolPlan;
import uk.saferhub.workforce.internal.PatrolPlans;
import uk.saferhub.workforce.internal.PatrolShift;
import uk.saferhub.workforce.internal.PatrolVisit;
import uk.saferhub.workforce.internal.Pcso;
import uk.saferhub.workforce.internal.Workforce;

/** The patrol plan page: each PCSO's shifts that week with their visits, the map of the places, and the adjustments. */
@Component
class PatrolPlanView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PatrolPlans plans;
    private final Workforce workforce;
    private final Geography geography;
    private final PageWords words;

    PatrolPlanView(PatrolPlans plans, Workforce workforce, Geography geography, PageWords words) {
        this.plans = plans;
        this.workforce = workforce;
        this.geography = geography;
        this.words = words;
    }

    /** One shift of the week with its visits. */
    record ShiftRow(PatrolShift shift, LocalDate day, String label, List<PatrolVisit> visits) {
    }

    /** One PCSO's week. */
    record PcsoRow(UUID pcsoId, String name, List<ShiftRow> shifts, int visits) {
    }

    String show(Model model, Actor actor, PatrolPlan plan) {
        List<PatrolShift> shifts = plans.shiftsOf(plan);
        Map<UUID, String> names = new HashMap<>();
        shifts.forEach(shift -> names.computeIfAbsent(shift.pcsoId(), id -> workforce.pcso(id).map(Pcso::label)
                .orElse(id.toString())));
        plan.visits().forEach(visit -> names.computeIfAbsent(visit.pcsoId(), id -> workforce.pcso(id)
                .map(Pcso::label).orElse(id.toString())));
        Map<UUID, List<ShiftRow>> byPcso = new LinkedHashMap<>();
        List<PatrolVisit> placed = new ArrayList<>();
        for (PatrolShift shift : shifts) {
            LocalDate day = plan.weekStart().plusDays(shift.day().getValue() - 1L);
            List<PatrolVisit> visits = plan.visits().stream().filter(visit -> visit.pcsoId().equals(shift.pcsoId())
                    && visit.day().equals(day) && !visit.starts().isBefore(shift.starts())
                    && !placed.contains(visit)).toList();
            placed.addAll(visits);
            byPcso.computeIfAbsent(shift.pcsoId(), id -> new ArrayList<>()).add(new ShiftRow(shift, day,
                    words.text("workforce.patrol.shiftLabel", day.format(DAY), shift.starts(), shift.ends()), visits));
        }
        List<PcsoRow> rows = byPcso.entrySet().stream()
                .map(entry -> new PcsoRow(entry.getKey(), names.get(entry.getKey()), entry.getValue(),
                        entry.getValue().stream().mapToInt(row -> row.visits().size()).sum()))
                .sorted(Comparator.comparing(PcsoRow::name)).toList();
        boolean mayPlan = plans.mayPlan(actor, plan.forceId());
        model.addAttribute("plan", plan);
        model.addAttribute("rows", rows);
        model.addAttribute("weekLabel", weekLabel(plan.weekStart()));
        model.addAttribute("mayPlan", mayPlan);
        model.addAttribute("map", map(plan));
        model.addAttribute("places", places(plan));
        if (mayPlan) {
            model.addAttribute("shiftOptions", rows.stream().flatMap(row -> row.shifts().stream()
                    .map(shift -> Option.of(shift.shift().id(), row.name() + ": " + shift.label()))).toList());
            model.addAttribute("spotOptions", plans.candidates(plan).stream()
                    .map(spot -> new Option(PatrolPlans.key(spot), words.text("workforce.patrol.spotOption",
                            spot.location(), spot.crimes(), Math.round(spot.harm())))).toList());
        }
        return "workforce/patrol-plan";
    }

    String weekLabel(LocalDate monday) {
        return words.text("workforce.patrol.weekOf", monday.format(WEEK));
    }

    /** The places of the plan, with how many visits each gets and its evidence, most visits first. */
    record PlaceRow(String location, String ward, int visits, long crimes, long harm) {
    }

    private List<PlaceRow> places(PatrolPlan plan) {
        Map<String, List<PatrolVisit>> byPlace = new LinkedHashMap<>();
        plan.visits().forEach(visit -> byPlace.computeIfAbsent(visit.latitude() + "," + visit.longitude() + ","
                + visit.location(), key -> new ArrayList<>()).add(visit));
        return byPlace.values().stream().map(visits -> {
            PatrolVisit first = visits.getFirst();
            String ward = first.wardId() == null ? "" : geography.place(first.wardId()).map(Place::name).orElse("");
            return new PlaceRow(first.location(), ward, visits.size(), first.crimes(), Math.round(first.harm()));
        }).sorted(Comparator.comparingInt(PlaceRow::visits).reversed()
                .thenComparing(Comparator.comparingLong(PlaceRow::harm).reversed())).toList();
    }

    private uk.saferhub.geography.MapDrawing map(PatrolPlan plan) {
        List<Place> wards = geography.wardsWithin(plan.areaId());
        Map<UUID, Geometry> boundaries = geography.boundaries(wards.stream().map(Place::id).toList());
        MapSvg map = MapSvg.map("patrol-map", words.text("workforce.patrol.map.title", plan.areaName()))
                .description(words.text("workforce.patrol.map.description"));
        wards.forEach(ward -> map.shape(ward.id(), ward.name(), boundaries.get(ward.id()), MapShade.OUTLINE, null,
                null));
        Map<String, Integer> visits = new LinkedHashMap<>();
        Map<String, PatrolVisit> first = new HashMap<>();
        plan.visits().forEach(visit -> {
            String key = visit.latitude() + "," + visit.longitude() + "," + visit.location();
            visits.merge(key, 1, Integer::sum);
            first.putIfAbsent(key, visit);
        });
        visits.forEach((key, count) -> map.marker(first.get(key).latitude(), first.get(key).longitude(),
                words.text("workforce.patrol.map.marker", first.get(key).location(), count), 4 + 2.5 * count));
        map.legend(MapShade.OUTLINE, words.text("workforce.patrol.map.ward"));
        return map.draw();
    }
}
