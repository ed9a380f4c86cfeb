package uk.saferhub.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.meetings.internal.Cadence;
import uk.saferhub.meetings.internal.CadenceStore;
import uk.saferhub.meetings.internal.MeetingStore;
import uk.saferhub.meetings.internal.MeetingsChangeRefused;
import uk.saferhub.meetings.internal.ScheduleChange;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * Each body's meetings: setting its cadence (the coming twelve months follow it, see {@link CadenceAlignment}), and
 * moving, cancelling, adding and marking meetings held by hand. A null actor is the system (the daily top-up and the
 * demonstration loader).
 */
@Service
public class MeetingScheduler {

    private static final int LONGEST_HOURS = 12;
    private static final int LONGEST_REASON = 500;

    private final MeetingStore meetings;
    private final CadenceStore cadences;
    private final CadenceAlignment alignment;
    private final Partnership partnership;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingScheduler(MeetingStore meetings, CadenceStore cadences, CadenceAlignment alignment,
            Partnership partnership, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.cadences = cadences;
        this.alignment = alignment;
        this.partnership = partnership;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets the body's cadence and brings its coming meetings in line with it. */
    @Transactional
    public ScheduleChange setCadence(Actor actor, BodyId bodyId, Cadence cadence) {
        Body body = editable(actor, bodyId);
        cadence.check();
        meetings.lockSchedule(bodyId);
        Cadence before = cadences.find(bodyId).orElse(null);
        cadences.save(bodyId, cadence, clock.instant());
        ScheduleChange change = alignment.align(body, cadence);
        audit.recordChange(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "meeting-cadence", bodyId,
                "Cadence of " + body.name() + " set to " + cadence.describe() + ": " + change.describe(),
                Changes.none().field("cadence", before == null ? null : before.describe(), cadence.describe()));
        return change;
    }

    /** Adds meetings the cadences call for that are not yet scheduled, as the twelve-month horizon moves on. */
    @Transactional
    public int topUpAll() {
        int added = 0;
        for (BodyId bodyId : cadences.bodies()) {
            Body body = partnership.body(bodyId).orElse(null);
            Cadence cadence = cadences.find(bodyId).orElse(null);
            if (body == null || cadence == null) {
                continue;
            }
            meetings.lockSchedule(bodyId);
            added += alignment.topUp(body, cadence);
        }
        return added;
    }

    /** Adds a meeting by hand. */
    @Transactional
    public Meeting schedule(Actor actor, BodyId bodyId, NewMeeting details) {
        Body body = editable(actor, bodyId);
        if (details.start() == null) {
            throw new MeetingsChangeRefused("start", "meetings.meeting.start.required");
        }
        ZonedDateTime start = details.start().atZone(MeetingStore.LONDON);
        ZonedDateTime end = details.end() == null ? start.plusHours(2) : details.end().atZone(MeetingStore.LONDON);
        requireOrder(start, end);
        String title = details.title() == null || details.title().isBlank() ? body.name() : details.title().strip();
        Meeting meeting = new Meeting(UUID.randomUUID(), bodyId, title, blankToNull(details.purpose()), null, start,
                end, blankToNull(details.location()), MeetingStatus.SCHEDULED, false, null, null, null, 0,
                clock.instant());
        meetings.insert(meeting, clock.instant());
        audit.recordChange(AuditAction.CREATE, "meeting", meeting.id(), "Scheduled a meeting of " + body.name()
                + " on " + start.toLocalDate(), Changes.none().field("start", null, start).field("end", null, end)
                .field("title", null, title).field("location", null, meeting.location()));
        return meeting;
    }

    /** Moves a coming meeting to a new time, with the reason; held and cancelled meetings stay where they were. */
    @Transactional
    public Meeting move(Actor actor, UUID id, LocalDateTime newStart, LocalDateTime newEnd, String location,
            String reason) {
        Meeting meeting = editableMeeting(actor, id);
        if (meeting.held()) {
            throw new MeetingsChangeRefused("start", "meetings.meeting.move.held",
                    meeting.start().toLocalDate().toString());
        }
        if (meeting.cancelled()) {
            throw new MeetingsChangeRefused("start", "meetings.meeting.move.cancelled");
        }
        if (newStart == null) {
            throw new MeetingsChangeRefused("start", "meetings.meeting.move.start.required");
        }
        ZonedDateTime start = newStart.atZone(MeetingStore.LONDON);
        if (!start.isAfter(now())) {
            throw new MeetingsChangeRefused("start", "meetings.meeting.move.past");
        }
        ZonedDateTime end = newEnd == null ? start.plus(Duration.between(meeting.start(), meeting.end()))
                : newEnd.atZone(MeetingStore.LONDON);
        requireOrder(start, end);
        String why = requireReason(reason, "meetings.meeting.move.reason.required");
        Meeting moved = meeting.movedTo(start, end, location == null ? meeting.location() : blankToNull(location),
                why, clock.instant());
        meetings.update(moved, clock.instant());
        audit.recordChange(AuditAction.UPDATE, "meeting", id, "Moved the meeting of " + meeting.title() + " from "
                + meeting.start().toLocalDate() + " to " + start.toLocalDate() + ": " + why,
                Changes.none().field("start", meeting.start(), start).field("end", meeting.end(), end)
                        .field("location", meeting.location(), moved.location()).field("moveReason", null, why));
        return moved;
    }

    /** Cancels a coming meeting with the reason; calendars show it as cancelled. */
    @Transactional
    public Meeting cancel(Actor actor, UUID id, String reason) {
        Meeting meeting = editableMeeting(actor, id);
        if (meeting.held()) {
            throw new MeetingsChangeRefused("reason", "meetings.meeting.cancel.held");
        }
        if (meeting.cancelled()) {
            throw new MeetingsChangeRefused("reason", "meetings.meeting.cancel.already");
        }
        String why = requireReason(reason, "meetings.meeting.cancel.reason.required");
        Meeting cancelled = meeting.cancelledBecause(why, clock.instant());
        meetings.update(cancelled, clock.instant());
        audit.recordChange(AuditAction.UPDATE, "meeting", meeting.id(), "Cancelled the meeting of "
                + meeting.title() + " on " + meeting.start().toLocalDate() + ": " + why,
                Changes.none().field("status", meeting.status(), MeetingStatus.CANCELLED)
                        .field("cancelReason", null, why));
        return cancelled;
    }

    /** Records that a meeting took place; only once it has started. */
    @Transactional
    public Meeting markHeld(Actor actor, UUID id) {
        Meeting meeting = editableMeeting(actor, id);
        if (meeting.cancelled()) {
            throw new MeetingsChangeRefused("status", "meetings.meeting.held.cancelled");
        }
        if (meeting.held()) {
            return meeting;
        }
        if (meeting.start().isAfter(now())) {
            throw new MeetingsChangeRefused("status", "meetings.meeting.held.notStarted",
                    meeting.start().toLocalDate().toString());
        }
        Meeting held = meeting.heldAt(clock.instant());
        meetings.update(held, clock.instant());
        audit.recordChange(AuditAction.UPDATE, "meeting", id, "Recorded the meeting of " + meeting.title() + " on "
                + meeting.start().toLocalDate() + " as held",
                Changes.none().field("status", meeting.status(), MeetingStatus.HELD));
        return held;
    }

    /** The meeting, when the actor may record at it (a coordinator who may edit its body; null is the system). */
    public Meeting editableMeeting(Actor actor, UUID id) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new RecordNotFoundException("meeting", id));
        editable(actor, meeting.bodyId());
        return meeting;
    }

    private Body editable(Actor actor, BodyId bodyId) {
        if (actor == null) {
            return partnership.body(bodyId).orElseThrow(() -> new RecordNotFoundException("body", bodyId));
        }
        Body body = partnership.body(actor, bodyId);
        if (!partnership.mayEdit(actor, body)) {
            throw new RecordNotFoundException("body", bodyId);
        }
        return body;
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(MeetingStore.LONDON);
    }

    private static void requireOrder(ZonedDateTime start, ZonedDateTime end) {
        if (!end.isAfter(start)) {
            throw new MeetingsChangeRefused("end", "meetings.meeting.end.beforeStart");
        }
        if (Duration.between(start, end).toHours() > LONGEST_HOURS) {
            throw new MeetingsChangeRefused("end", "meetings.meeting.end.tooLong");
        }
    }

    /** The reason stripped; refused in the words of the message {@code requiredKey} when blank. */
    private static String requireReason(String reason, String requiredKey) {
        if (reason == null || reason.isBlank()) {
            throw new MeetingsChangeRefused("reason", requiredKey);
        }
        if (reason.strip().length() > LONGEST_REASON) {
            throw new MeetingsChangeRefused("reason", "meetings.meeting.reason.tooLong");
        }
        return reason.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
