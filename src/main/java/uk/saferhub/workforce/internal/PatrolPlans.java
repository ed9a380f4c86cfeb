package uk.saferhub.workforce.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.crimedata.CrimeAnalysis;
import uk.saferhub.crimedata.CrimeFigures;
import uk.saferhub.crimedata.CrimeLocation;
import uk.saferhub.crimedata.CrimeQuery;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.shared.access.AccessRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.RestrictedRecordViewed;
import uk.saferhub.shared.access.Role;

/**
 * Evidence-led patrol plans: for an area and a week, the PCSOs of the actor's force attached to its wards, their
 * shifts that week, and the area's hot spots by harm over the last twelve months of crime held; the
 * {@link PatrolOptimiser} chooses short visits (about fifteen minutes on site, repeated at peak times, after Koper's
 * "Just enough police presence", Justice Quarterly 12(4), 1995, and the Campbell review of hot spots policing,
 * Braga and others 2019) that cover the most harm within the share of each shift given to them. Plans are the
 * force's: its readers see them (each view audited), its contributors propose and adjust them, and a PCSO sees their
 * own visits.
 */
@Service
public class PatrolPlans {

    /** Minutes on site, and the allowance to walk to the next spot, of each visit. */
    public static final int VISIT_MINUTES = 15;
    public static final int TRAVEL_MINUTES = 10;
    /** Minutes at the start of a shift for briefing, before the first visit. */
    public static final int BRIEFING_MINUTES = 30;
    public static final int MONTHS = 12;
    public static final String RECORD_TYPE = "patrol-plan";
    static final Set<String> PEAK_TYPES = Set.of("Anti-social behaviour", "Public order", "Criminal damage and arson");

    private final Workforce workforce;
    private final DevelopmentRecords force;
    private final Geography geography;
    private final CrimeFigures crime;
    private final CrimeAnalysis analysis;
    private final PatrolPlanStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PatrolPlans(Workforce workforce, DevelopmentRecords force, Geography geography, CrimeFigures crime,
            CrimeAnalysis analysis, PatrolPlanStore store, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.workforce = workforce;
        this.force = force;
        this.geography = geography;
        this.crime = crime;
        this.analysis = analysis;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Proposes and keeps the plan of an area for the week starting on {@code weekStart} (a Monday). */
    @Transactional
    public PatrolPlan propose(Actor actor, UUID areaId, LocalDate weekStart, int sharePercent) {
        if (!ChangePolicy.holds(actor, Role.CONTRIBUTOR)) {
            throw new org.springframework.security.access.AccessDeniedException("Contributors propose patrol plans");
        }
        Place area = areaId == null ? null : geography.place(areaId).orElse(null);
        if (area == null) {
            throw new WorkforceChangeRefused("areaId", "workforce.patrol.area.required");
        }
        if (weekStart == null || weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new WorkforceChangeRefused("weekStart", "workforce.patrol.week.monday");
        }
        if (sharePercent < 5 || sharePercent > 100) {
            throw new WorkforceChangeRefused("sharePercent", "workforce.patrol.share.range");
        }
        Set<UUID> wards = geography.wardsWithin(areaId).stream().map(Place::id).collect(Collectors.toSet());
        Map<UUID, ActiveAttachment> pcsos = new LinkedHashMap<>();
        workforce.activeAttachments(weekStart).stream()
                .filter(attachment -> wards.contains(attachment.wardId()) && force.ofForce(actor, attachment.forceId()))
                .sorted(Comparator.comparing(ActiveAttachment::collarNumber))
                .forEach(attachment -> pcsos.putIfAbsent(attachment.pcsoId(), attachment));
        if (pcsos.isEmpty()) {
            throw new WorkforceChangeRefused("areaId", "workforce.patrol.noPcsos", area.name());
        }
        List<PatrolShift> shifts = store.shiftsOf(pcsos.keySet());
        if (shifts.isEmpty()) {
            throw new WorkforceChangeRefused("areaId", "workforce.patrol.noShifts", area.name());
        }
        CrimeQuery held = analysis.resolve(areaId, null, null, null, null)
                .orElseThrow(() -> new WorkforceChangeRefused("areaId", "workforce.patrol.noCrime", area.name()));
        YearMonth to = held.to();
        YearMonth from = to.minusMonths(MONTHS - 1L);
        List<CrimeLocation> spots = crime.locations(wards, from, to);
        UUID planId = UUID.randomUUID();
        List<PatrolVisit> visits = visits(planId, weekStart, sharePercent, shifts, spots, from, to);
        double worth = PatrolOptimiser.worth(spots.stream().map(PatrolPlans::spot).toList(), counts(spots, visits));
        UUID forceId = pcsos.values().iterator().next().forceId();
        PatrolPlan plan = new PatrolPlan(planId, areaId, area.name(), weekStart, forceId, from, to, sharePercent,
                worth, clock.instant(), 0, visits);
        store.insert(plan, actor.id());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("area", area.name());
        fields.put("week", weekStart);
        fields.put("visits", visits.size());
        fields.put("pcsos", pcsos.size());
        audit.recordChange(AuditAction.CREATE, RECORD_TYPE, planId, "Patrol plan proposed for " + area.name()
                + ", week of " + weekStart, Changes.created(fields));
        return plan;
    }

    /** A plan the actor may see (their force's), its view audited; otherwise absent. */
    @Transactional(readOnly = true)
    public PatrolPlan plan(Actor actor, UUID id) {
        PatrolPlan plan = store.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        if (!force.ofForce(actor, plan.forceId())) {
            events.publishEvent(new AccessRefused(actor, RECORD_TYPE, id.toString(),
                    "a patrol plan is its force's alone"));
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        events.publishEvent(new RestrictedRecordViewed(actor, RECORD_TYPE, id.toString(), HandlingLevel.AGENCY));
        return plan;
    }

    /** The plans of the actor's force, the latest week first. */
    @Transactional(readOnly = true)
    public List<PatrolPlan> plans(Actor actor) {
        Set<UUID> forces = workforce.allPcsos(PcsoFilter.all()).stream().map(Pcso::forceId)
                .filter(forceId -> force.ofForce(actor, forceId)).collect(Collectors.toSet());
        return store.ofForces(forces);
    }

    /**
     * Whether the actor may propose and adjust plans of a force's PCSOs: a contributor of the force, but not a PCSO
     * (a PCSO follows the plan; their inspector or sergeant makes it).
     */
    public boolean mayPlan(Actor actor, UUID forceId) {
        return force.ofForce(actor, forceId) && ChangePolicy.holds(actor, Role.CONTRIBUTOR)
                && (actor.personId() == null || workforce.pcsoOfPerson(actor.personId()).isEmpty());
    }

    /** Whether the actor may propose plans at all (a contributor of a police organisation with PCSOs). */
    public boolean mayPlan(Actor actor) {
        return workforce.allPcsos(PcsoFilter.all()).stream().anyMatch(pcso -> mayPlan(actor, pcso.forceId()));
    }

    /** Takes a visit out of the plan, if it is still at {@code version}. */
    @Transactional
    public void remove(Actor actor, UUID planId, UUID visitId, int version) {
        PatrolPlan plan = adjustable(actor, planId, version);
        PatrolVisit visit = plan.visits().stream().filter(v -> v.id().equals(visitId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("patrol-visit", visitId));
        store.deleteVisit(planId, visitId);
        audit.recordChange(AuditAction.UPDATE, RECORD_TYPE, planId, "Visit to " + visit.location() + " on "
                + visit.day() + " taken out of the patrol plan", Changes.none().field("visits", plan.visits().size(),
                plan.visits().size() - 1));
    }

    /** Adds a visit by hand: a snap point of the area's hot spots, to a PCSO's shift of the plan's week. */
    @Transactional
    public PatrolVisit add(Actor actor, UUID planId, UUID shiftId, String spotKey, int version) {
        PatrolPlan plan = adjustable(actor, planId, version);
        PatrolShift shift = shiftsOf(plan).stream().filter(s -> s.id().equals(shiftId)).findFirst()
                .orElseThrow(() -> new WorkforceChangeRefused("shiftId", "workforce.patrol.shift.unknown"));
        CrimeLocation spot = candidates(plan).stream().filter(s -> key(s).equals(spotKey)).findFirst()
                .orElseThrow(() -> new WorkforceChangeRefused("spot", "workforce.patrol.spot.unknown"));
        LocalDate day = plan.weekStart().plusDays(shift.day().getValue() - 1L);
        long taken = plan.visits().stream().filter(v -> v.pcsoId().equals(shift.pcsoId()) && v.day().equals(day)
                && !v.starts().isBefore(shift.starts())).count();
        LocalTime starts = shift.starts().plusMinutes(BRIEFING_MINUTES + taken * (VISIT_MINUTES + TRAVEL_MINUTES));
        PatrolVisit visit = new PatrolVisit(UUID.randomUUID(), planId, shift.pcsoId(), day, starts, VISIT_MINUTES,
                spot.location(), spot.latitude(), spot.longitude(), spot.wardId(), spot.crimes(), spot.harm(),
                PatrolReasons.added(spot, plan.from(), plan.to()), true);
        store.insert(visit);
        audit.recordChange(AuditAction.UPDATE, RECORD_TYPE, planId, "Visit to " + spot.location() + " on " + day
                + " added to the patrol plan", Changes.none().field("visits", plan.visits().size(),
                plan.visits().size() + 1));
        return visit;
    }

    /** The shifts of the plan's PCSOs (those with a visit in it, or attached to its area). */
    @Transactional(readOnly = true)
    public List<PatrolShift> shiftsOf(PatrolPlan plan) {
        Set<UUID> wards = geography.wardsWithin(plan.areaId()).stream().map(Place::id).collect(Collectors.toSet());
        Set<UUID> pcsos = new java.util.LinkedHashSet<>();
        plan.visits().forEach(visit -> pcsos.add(visit.pcsoId()));
        workforce.activeAttachments(plan.weekStart()).stream()
                .filter(a -> wards.contains(a.wardId()) && a.forceId().equals(plan.forceId()))
                .forEach(a -> pcsos.add(a.pcsoId()));
        return store.shiftsOf(pcsos);
    }

    /** The area's hot spots a coordinator may add, most harm first (the first hundred). */
    @Transactional(readOnly = true)
    public List<CrimeLocation> candidates(PatrolPlan plan) {
        Set<UUID> wards = geography.wardsWithin(plan.areaId()).stream().map(Place::id).collect(Collectors.toSet());
        return crime.locations(wards, plan.from(), plan.to()).stream().limit(100).toList();
    }

    /** A PCSO's own visits from today on, for the signed-in PCSO (none when the account is not a PCSO's). */
    @Transactional(readOnly = true)
    public List<PatrolVisit> mine(Actor actor) {
        if (actor.personId() == null) {
            return List.of();
        }
        return workforce.pcsoOfPerson(actor.personId())
                .map(pcso -> store.visitsOf(pcso.id(), LocalDate.now(clock).with(DayOfWeek.MONDAY)))
                .orElse(List.of());
    }

    /** The key a hot spot is chosen by in a form: its coordinates and name. */
    public static String key(CrimeLocation spot) {
        return spot.latitude() + "," + spot.longitude() + "," + spot.location();
    }

    private PatrolPlan adjustable(Actor actor, UUID planId, int version) {
        PatrolPlan plan = plan(actor, planId);
        if (!mayPlan(actor, plan.forceId())) {
            throw new org.springframework.security.access.AccessDeniedException("Contributors adjust patrol plans");
        }
        if (!store.bump(planId, version, clock.instant())) {
            throw new WorkforceChangeRefused(null, "workforce.patrol.changed");
        }
        return plan;
    }

    private List<PatrolVisit> visits(UUID planId, LocalDate weekStart, int share, List<PatrolShift> shifts,
            List<CrimeLocation> spots, YearMonth from, YearMonth to) {
        List<PatrolOptimiser.Shift> room = shifts.stream().map(shift -> new PatrolOptimiser.Shift(
                capacity(shift, share), shift.peak())).toList();
        PatrolOptimiser.Plan plan = PatrolOptimiser.plan(spots.stream().map(PatrolPlans::spot).toList(), room);
        List<List<Integer>> spotsOfShift = new ArrayList<>();
        shifts.forEach(shift -> spotsOfShift.add(new ArrayList<>()));
        for (int i = 0; i < spots.size(); i++) {
            for (int s : plan.shiftsOfSpot().get(i)) {
                spotsOfShift.get(s).add(i);
            }
        }
        List<PatrolVisit> visits = new ArrayList<>();
        for (int s = 0; s < shifts.size(); s++) {
            PatrolShift shift = shifts.get(s);
            LocalDate day = weekStart.plusDays(shift.day().getValue() - 1L);
            List<Integer> here = spotsOfShift.get(s);
            int spacing = here.isEmpty() ? 0 : Math.max(VISIT_MINUTES + TRAVEL_MINUTES,
                    (shift.minutes() - BRIEFING_MINUTES - VISIT_MINUTES) / Math.max(1, here.size()));
            for (int n = 0; n < here.size(); n++) {
                int i = here.get(n);
                CrimeLocation spot = spots.get(i);
                int ofWeek = plan.shiftsOfSpot().get(i).indexOf(s) + 1;
                visits.add(new PatrolVisit(UUID.randomUUID(), planId, shift.pcsoId(), day,
                        shift.starts().plusMinutes(BRIEFING_MINUTES + (long) n * spacing), VISIT_MINUTES,
                        spot.location(), spot.latitude(), spot.longitude(), spot.wardId(), spot.crimes(), spot.harm(),
                        PatrolReasons.of(spot, from, to, ofWeek, plan.shiftsOfSpot().get(i).size(),
                                shift.peak() && peak(spot)), false));
            }
        }
        return visits;
    }

    /** How many visits a shift holds: its share for hot spots, after briefing, by visit and walk. */
    static int capacity(PatrolShift shift, int sharePercent) {
        int usable = (shift.minutes() - BRIEFING_MINUTES) * sharePercent / 100;
        return Math.max(0, usable / (VISIT_MINUTES + TRAVEL_MINUTES));
    }

    static PatrolOptimiser.Spot spot(CrimeLocation location) {
        return new PatrolOptimiser.Spot(location.harm(), peak(location));
    }

    /** Whether most of a spot's crimes are of the types that peak in the evening and at weekends. */
    static boolean peak(CrimeLocation location) {
        long peakCrimes = location.byType().entrySet().stream().filter(e -> PEAK_TYPES.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return peakCrimes * 2 > location.crimes();
    }

    private static int[] counts(List<CrimeLocation> spots, List<PatrolVisit> visits) {
        Map<String, Integer> byKey = new java.util.HashMap<>();
        visits.forEach(visit -> byKey.merge(visit.latitude() + "," + visit.longitude() + "," + visit.location(), 1,
                Integer::sum));
        return spots.stream().mapToInt(spot -> byKey.getOrDefault(key(spot), 0)).toArray();
    }
}
