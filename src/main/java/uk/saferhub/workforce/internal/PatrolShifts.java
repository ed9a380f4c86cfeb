package uk.saferhub.workforce.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * A PCSO's weekly shift pattern: whoever may see the PCSO sees it; contributors of the PCSO's force change it. A
 * shift that overlaps another of the same day is refused.
 */
@Service
public class PatrolShifts {

    public static final String RECORD_TYPE = "pcso-shift";

    private final Workforce workforce;
    private final PatrolPlans plans;
    private final PatrolPlanStore store;
    private final AuditTrail audit;
    private final Clock clock;

    PatrolShifts(Workforce workforce, PatrolPlans plans, PatrolPlanStore store, AuditTrail audit, Clock clock) {
        this.workforce = workforce;
        this.plans = plans;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PatrolShift> of(Actor actor, UUID pcsoId) {
        workforce.pcso(actor, pcsoId);
        return store.shiftsOf(List.of(pcsoId));
    }

    public boolean mayChange(Actor actor, Pcso pcso) {
        return plans.mayPlan(actor, pcso.forceId());
    }

    @Transactional
    public PatrolShift add(Actor actor, UUID pcsoId, DayOfWeek day, LocalTime starts, LocalTime ends) {
        Pcso pcso = changeable(actor, pcsoId);
        if (day == null) {
            throw new WorkforceChangeRefused("day", "workforce.shift.day.required");
        }
        if (starts == null) {
            throw new WorkforceChangeRefused("starts", "workforce.shift.starts.required");
        }
        if (ends == null) {
            throw new WorkforceChangeRefused("ends", "workforce.shift.ends.required");
        }
        if (starts.equals(ends)) {
            throw new WorkforceChangeRefused("ends", "workforce.shift.ends.same");
        }
        PatrolShift shift = new PatrolShift(UUID.randomUUID(), pcsoId, day, starts, ends);
        for (PatrolShift other : store.shiftsOf(List.of(pcsoId))) {
            if (overlap(shift, other)) {
                throw new WorkforceChangeRefused("starts", "workforce.shift.overlap", other.starts(), other.ends());
            }
        }
        store.insertShift(shift, clock.instant());
        audit.recordChange(AuditAction.CREATE, RECORD_TYPE, shift.id(), "Shift added for " + pcso.label() + ": "
                + day + " " + starts + " to " + ends, Changes.created(Map.of("pcso", pcso.label(), "day", day,
                "starts", starts, "ends", ends)));
        return shift;
    }

    @Transactional
    public void remove(Actor actor, UUID pcsoId, UUID shiftId) {
        Pcso pcso = changeable(actor, pcsoId);
        if (store.deleteShift(pcsoId, shiftId) == 0) {
            throw new RecordNotFoundException(RECORD_TYPE, shiftId);
        }
        audit.recordChange(AuditAction.DELETE, RECORD_TYPE, shiftId, "Shift taken out for " + pcso.label(),
                Changes.none());
    }

    private Pcso changeable(Actor actor, UUID pcsoId) {
        Pcso pcso = workforce.pcso(actor, pcsoId);
        if (!mayChange(actor, pcso)) {
            throw new AccessDeniedException("Contributors of the PCSO's force change shifts");
        }
        return pcso;
    }

    /** Whether two shifts of one pattern share any minute of the week. */
    static boolean overlap(PatrolShift a, PatrolShift b) {
        int aStart = minuteOfWeek(a);
        int bStart = minuteOfWeek(b);
        int week = 7 * 24 * 60;
        for (int shift = -week; shift <= week; shift += week) {
            if (aStart < bStart + shift + b.minutes() && bStart + shift < aStart + a.minutes()) {
                return true;
            }
        }
        return false;
    }

    private static int minuteOfWeek(PatrolShift shift) {
        return (shift.day().getValue() - 1) * 24 * 60 + shift.starts().toSecondOfDay() / 60;
    }
}
