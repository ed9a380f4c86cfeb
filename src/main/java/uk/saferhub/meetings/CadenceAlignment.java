package uk.saferhub.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.meetings.internal.Cadence;
import uk.saferhub.meetings.internal.MeetingStore;
import uk.saferhub.meetings.internal.Occurrence;
import uk.saferhub.meetings.internal.ScheduleChange;
import uk.saferhub.partnership.Body;

/**
 * Keeps a body's coming twelve months of meetings in step with its cadence. Only future meetings from the cadence
 * that have not been held are touched: one on a date the cadence still meets is kept (and retimed), one with nothing
 * recorded is removed, one with a record is cancelled; dates with no meeting get one. The caller holds the body's
 * schedule lock, in its transaction.
 */
@Component
class CadenceAlignment {

    private final MeetingStore meetings;
    private final AuditTrail audit;
    private final Clock clock;

    CadenceAlignment(MeetingStore meetings, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Brings the body's coming meetings in line with a new cadence. */
    ScheduleChange align(Body body, Cadence cadence) {
        ZonedDateTime now = now();
        List<Meeting> coming = meetings.ofBody(body.id(), now.toInstant(), horizon().toInstant());
        Map<LocalDate, Occurrence> wanted = new HashMap<>();
        cadence.occurrences(now.toLocalDate(), horizon().toLocalDate())
                .forEach(occurrence -> wanted.put(occurrence.date(), occurrence));
        int kept = 0;
        int removed = 0;
        int cancelled = 0;
        Map<LocalDate, Meeting> keptByDate = new HashMap<>();
        for (Meeting meeting : coming) {
            if (!meeting.fromCadence() || meeting.status() != MeetingStatus.SCHEDULED) {
                continue;
            }
            LocalDate day = meeting.cadenceDay();
            Occurrence occurrence = wanted.get(day);
            if (occurrence != null && !keptByDate.containsKey(day)) {
                keptByDate.put(day, meeting);
                kept++;
                if (meeting.movedFrom() == null) {
                    retime(body, meeting, cadence, occurrence);
                }
            } else if (meetings.hasRecord(meeting.id())) {
                cancel(meeting, "No longer in the cadence of " + body.name() + " (" + cadence.describe() + ")");
                cancelled++;
            } else {
                meetings.delete(meeting.id());
                removed++;
            }
        }
        int added = fill(body, cadence, keptByDate);
        return new ScheduleChange(added, kept, removed, cancelled);
    }

    /** Adds the meetings the cadence calls for that are not yet scheduled, as the horizon moves on. */
    int topUp(Body body, Cadence cadence) {
        return fill(body, cadence, Map.of());
    }

    /** Inserts a meeting for every occurrence in the horizon that has none (of any status) on its date. */
    private int fill(Body body, Cadence cadence, Map<LocalDate, Meeting> known) {
        ZonedDateTime now = now();
        Map<LocalDate, Meeting> taken = new HashMap<>(known);
        meetings.ofBody(body.id(), now.toInstant(), horizon().plusMonths(1).toInstant()).stream()
                .filter(Meeting::fromCadence)
                .forEach(meeting -> taken.putIfAbsent(meeting.cadenceDay(), meeting));
        List<Meeting> added = new ArrayList<>();
        for (Occurrence occurrence : cadence.occurrences(now.toLocalDate(), horizon().toLocalDate())) {
            ZonedDateTime start = occurrence.date().atTime(cadence.startTime()).atZone(MeetingStore.LONDON);
            if (taken.containsKey(occurrence.date()) || !start.isAfter(now)) {
                continue;
            }
            Meeting meeting = new Meeting(UUID.randomUUID(), body.id(), body.name(), occurrence.purpose(),
                    occurrence.window(), start, start.plusMinutes(cadence.durationMinutes()), cadence.location(),
                    MeetingStatus.SCHEDULED, true, null, null, null, 0, clock.instant());
            meetings.insert(meeting, clock.instant());
            added.add(meeting);
        }
        if (!added.isEmpty()) {
            audit.recordChange(AuditAction.CREATE, "meeting", body.id(), "Scheduled " + added.size()
                    + (added.size() == 1 ? " meeting" : " meetings") + " of " + body.name() + " from its cadence",
                    Changes.none().field("meetings", null, added.stream()
                            .map(m -> m.start().toLocalDate().toString()).toList()));
        }
        return added.size();
    }

    private void retime(Body body, Meeting meeting, Cadence cadence, Occurrence occurrence) {
        ZonedDateTime start = meeting.start().toLocalDate().atTime(cadence.startTime()).atZone(MeetingStore.LONDON);
        ZonedDateTime end = start.plusMinutes(cadence.durationMinutes());
        boolean same = start.equals(meeting.start()) && end.equals(meeting.end())
                && Objects.equals(cadence.location(), meeting.location())
                && Objects.equals(occurrence.purpose(), meeting.purpose());
        if (same) {
            return;
        }
        meetings.update(meeting.retimed(occurrence.purpose(), occurrence.window(), start, end, cadence.location(),
                clock.instant()), clock.instant());
        audit.recordChange(AuditAction.UPDATE, "meeting", meeting.id(), "Retimed the meeting of " + body.name()
                + " on " + meeting.start().toLocalDate() + " to the new cadence",
                Changes.none().field("start", meeting.start(), start).field("end", meeting.end(), end)
                        .field("location", meeting.location(), cadence.location()));
    }

    private void cancel(Meeting meeting, String reason) {
        meetings.update(meeting.cancelledBecause(reason, clock.instant()), clock.instant());
        audit.recordChange(AuditAction.UPDATE, "meeting", meeting.id(), "Cancelled the meeting of "
                + meeting.title() + " on " + meeting.start().toLocalDate() + ": " + reason,
                Changes.none().field("status", meeting.status(), MeetingStatus.CANCELLED)
                        .field("cancelReason", null, reason));
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(MeetingStore.LONDON);
    }

    private ZonedDateTime horizon() {
        return now().plusWeeks(Cadence.HORIZON_WEEKS);
    }
}
