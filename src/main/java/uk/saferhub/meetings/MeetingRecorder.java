package uk.saferhub.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.meetings.internal.ActionDetail;
import uk.saferhub.meetings.internal.ActionStatus;
import uk.saferhub.meetings.internal.ActionUpdate;
import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.internal.AgendaItemDetails;
import uk.saferhub.meetings.internal.Attendance;
import uk.saferhub.meetings.internal.AttendanceStatus;
import uk.saferhub.meetings.internal.MeetingAction;
import uk.saferhub.meetings.internal.MeetingsChangeRefused;
import uk.saferhub.meetings.internal.NewAction;
import uk.saferhub.meetings.internal.Paper;
import uk.saferhub.meetings.internal.RecordStore;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;

/**
 * Records what happens at a meeting: agenda items and their minutes, papers, attendance, decisions, actions and
 * progress on actions. Only coordinators who may edit the body record; exempt items only by its members. Every
 * change is audited in the same transaction; a null actor is the demonstration loader.
 */
@Service
public class MeetingRecorder {

    private static final int MINUTES_LIMIT = 20_000;

    private final MeetingScheduler scheduler;
    private final Meetings meetings;
    private final RecordStore records;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingRecorder(MeetingScheduler scheduler, Meetings meetings, RecordStore records, AuditTrail audit,
            Clock clock) {
        this.scheduler = scheduler;
        this.meetings = meetings;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds an agenda item, or changes one when {@code itemId} is given; numbers stay unique within the meeting. */
    @Transactional
    public AgendaItem saveItem(Actor actor, UUID meetingId, UUID itemId, AgendaItemDetails details) {
        Meeting meeting = scheduler.editableMeeting(actor, meetingId);
        AgendaItem before = itemId == null ? null : itemOf(actor, meeting, itemId);
        String title = required(details.title(), "title", "meetings.item.title.required", 300);
        if (details.exempt() && (details.exemptReason() == null || details.exemptReason().isBlank())) {
            throw new MeetingsChangeRefused("exemptReason", "meetings.item.exemptReason.required");
        }
        if (details.minutes() != null && details.minutes().length() > MINUTES_LIMIT) {
            throw new MeetingsChangeRefused("minutes", "meetings.item.minutes.limit",
                    String.valueOf(MINUTES_LIMIT));
        }
        int number = details.number() != null ? details.number()
                : before != null ? before.number() : records.nextItemNumber(meetingId);
        if (number < 1 || number > 999) {
            throw new MeetingsChangeRefused("number", "meetings.item.number.outOfRange");
        }
        boolean numberTaken = records.agenda(meetingId).stream()
                .anyMatch(other -> other.number() == number && !other.id().equals(itemId));
        if (numberTaken) {
            throw new MeetingsChangeRefused("number", "meetings.item.number.taken", String.valueOf(number));
        }
        AgendaItem saved = new AgendaItem(itemId == null ? UUID.randomUUID() : itemId, meetingId, number, title,
                details.presenterPersonId(), blankToNull(details.presenterText()), details.exempt(),
                details.exempt() ? details.exemptReason().strip() : null,
                before == null ? null : before.linkedRecordType(), before == null ? null : before.linkedRecordId(),
                before == null ? null : before.linkedRecordLabel(), blankToNull(details.minutes()));
        records.saveItem(saved);
        Changes changes = Changes.none()
                .field("number", before == null ? null : before.number(), saved.number())
                .field("title", before == null ? null : before.title(), saved.title())
                .field("presenterPersonId", before == null ? null : before.presenterPersonId(),
                        saved.presenterPersonId())
                .field("presenterText", before == null ? null : before.presenterText(), saved.presenterText())
                .field("exempt", before == null ? null : before.exempt(), saved.exempt())
                .field("minutes", before == null ? null : before.minutes(), saved.minutes());
        audit.recordChange(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "meeting-agenda-item",
                saved.id(), (before == null ? "Added item " : "Changed item ") + number + " of the meeting of "
                        + meeting.title() + " on " + meeting.start().toLocalDate(), changes);
        return saved;
    }

    /** Adds a paper with a link to where it is published. */
    @Transactional
    public Paper addPaper(Actor actor, UUID meetingId, UUID itemId, String title, String link) {
        Meeting meeting = scheduler.editableMeeting(actor, meetingId);
        if (itemId != null) {
            itemOf(actor, meeting, itemId);
        }
        String name = required(title, "title", "meetings.paper.title.required", 300);
        String url = blankToNull(link);
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://")) || url != null
                && url.length() > 1000) {
            throw new MeetingsChangeRefused("link", "meetings.paper.link.invalid");
        }
        Paper paper = new Paper(UUID.randomUUID(), meetingId, itemId, name, url, clock.instant());
        records.addPaper(paper);
        audit.recordChange(AuditAction.CREATE, "meeting-paper", paper.id(), "Added the paper " + name
                + " to the meeting of " + meeting.title() + " on " + meeting.start().toLocalDate(),
                Changes.none().field("title", null, name).field("link", null, url));
        return paper;
    }

    /** Replaces the attendance of a meeting: present, apologies or absent per person; substitutes stand in. */
    @Transactional
    public void recordAttendance(Actor actor, UUID meetingId, List<Attendance> attendance) {
        Meeting meeting = scheduler.editableMeeting(actor, meetingId);
        if (meeting.cancelled()) {
            throw new MeetingsChangeRefused("attendance", "meetings.attendance.cancelled");
        }
        Set<UUID> people = new HashSet<>();
        for (Attendance one : attendance) {
            if (!people.add(one.personId())) {
                throw new MeetingsChangeRefused("attendance", "meetings.attendance.twice");
            }
            if (one.substituteForPersonId() != null && one.status() != AttendanceStatus.PRESENT) {
                throw new MeetingsChangeRefused("attendance", "meetings.attendance.substitute.notPresent");
            }
            if (one.personId().equals(one.substituteForPersonId())) {
                throw new MeetingsChangeRefused("attendance", "meetings.attendance.substitute.self");
            }
        }
        List<Attendance> before = records.attendance(meetingId);
        List<Attendance> saved = attendance.stream().map(one -> new Attendance(meetingId, one.personId(),
                one.status(), one.substituteForPersonId())).toList();
        records.replaceAttendance(meetingId, saved);
        audit.recordChange(AuditAction.UPDATE, "meeting-attendance", meetingId, "Recorded attendance at the "
                + "meeting of " + meeting.title() + " on " + meeting.start().toLocalDate(),
                Changes.none().field("attendance", summary(before), summary(saved)));
    }

    /** Records a decision of the meeting, optionally under an agenda item. */
    @Transactional
    public Decision recordDecision(Actor actor, UUID meetingId, UUID itemId, String text) {
        Meeting meeting = scheduler.editableMeeting(actor, meetingId);
        if (itemId != null) {
            itemOf(actor, meeting, itemId);
        }
        if (meeting.cancelled()) {
            throw new MeetingsChangeRefused("text", "meetings.decision.cancelled");
        }
        String decided = required(text, "text", "meetings.decision.text.required", 5000);
        Decision decision = new Decision(UUID.randomUUID(), meetingId, itemId, 0, decided, clock.instant());
        records.addDecision(decision);
        audit.recordChange(AuditAction.CREATE, "meeting-decision", decision.id(), "Recorded a decision of the "
                + "meeting of " + meeting.title() + " on " + meeting.start().toLocalDate(),
                Changes.none().field("text", null, decided));
        return decision;
    }

    /** Records an action agreed at the meeting; it must have an owner and a due date. */
    @Transactional
    public MeetingAction recordAction(Actor actor, UUID meetingId, NewAction details) {
        Meeting meeting = scheduler.editableMeeting(actor, meetingId);
        if (details.agendaItemId() != null) {
            itemOf(actor, meeting, details.agendaItemId());
        }
        String description = required(details.description(), "description", "meetings.action.description.required",
                2000);
        if (details.ownerPersonId() == null && details.ownerOrganisationId() == null) {
            throw new MeetingsChangeRefused("owner", "meetings.action.owner.required");
        }
        if (details.ownerPersonId() != null && details.ownerOrganisationId() != null) {
            throw new MeetingsChangeRefused("owner", "meetings.action.owner.both");
        }
        if (details.dueDate() == null) {
            throw new MeetingsChangeRefused("dueDate", "meetings.action.due.required");
        }
        LocalDate meetingDay = meeting.start().toLocalDate();
        if (details.dueDate().isBefore(meetingDay)) {
            // an action agreed at a meeting cannot fall due before it (a mistyped year would make it overdue at once)
            throw new MeetingsChangeRefused("dueDate", "meetings.action.due.beforeMeeting",
                    meetingDay.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK)));
        }
        var now = clock.instant();
        MeetingAction action = records.addAction(new MeetingAction(UUID.randomUUID(), meetingId,
                details.agendaItemId(), 0, description, details.ownerPersonId(), details.ownerOrganisationId(),
                details.dueDate(), ActionStatus.OPEN, null, now, now));
        audit.recordChange(AuditAction.CREATE, "meeting-action", action.id(), "Recorded action " + action.number()
                + " of the meeting of " + meeting.title() + " on " + meeting.start().toLocalDate(),
                Changes.none().field("description", null, description)
                        .field("ownerPersonId", null, details.ownerPersonId())
                        .field("ownerOrganisationId", null, details.ownerOrganisationId())
                        .field("dueDate", null, details.dueDate()));
        return action;
    }

    /** Adds a progress note to an action and sets its status; done or dropped closes it today. */
    @Transactional
    public MeetingAction updateAction(Actor actor, UUID actionId, ActionStatus status, String note) {
        return updateAction(actor, actionId, status, note, null);
    }

    /**
     * As {@link #updateAction(Actor, UUID, ActionStatus, String)}, dated {@code on} rather than today: only for the
     * system (a null actor) loading a recorded history, such as the demonstration's 2004 actions.
     */
    @Transactional
    public MeetingAction updateAction(Actor actor, UUID actionId, ActionStatus status, String note, LocalDate on) {
        if (on != null && actor != null) {
            throw new IllegalArgumentException("Only the system records updates on a past date");
        }
        MeetingAction before;
        Meeting meeting;
        if (actor == null) {
            before = records.action(actionId).orElseThrow(() -> new RecordNotFoundException("action", actionId));
            meeting = scheduler.editableMeeting(null, before.meetingId());
        } else {
            ActionDetail detail = meetings.action(actor, actionId);
            if (!detail.mayEdit()) {
                throw new RecordNotFoundException("action", actionId);
            }
            before = detail.action();
            meeting = detail.meeting();
        }
        if (status == null) {
            throw new MeetingsChangeRefused("status", "meetings.actionUpdate.status.required");
        }
        String written = required(note, "note", "meetings.actionUpdate.note.required", 2000);
        var now = clock.instant();
        MeetingAction after = new MeetingAction(before.id(), before.meetingId(), before.agendaItemId(),
                before.number(), before.description(), before.ownerPersonId(), before.ownerOrganisationId(),
                before.dueDate(), status, status.closed() ? (on == null ? meetings.today() : on) : null,
                before.createdAt(), now);
        records.updateAction(after);
        records.addUpdate(new ActionUpdate(UUID.randomUUID(), actionId,
                on == null ? now : on.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant(),
                actor == null ? "SaferHub" : actor.name(), status, written));
        audit.recordChange(AuditAction.UPDATE, "meeting-action", actionId, "Updated action " + before.number()
                + " of the meeting of " + meeting.title() + ": " + status.label().toLowerCase(),
                Changes.none().field("status", before.status(), status).field("note", null, written));
        return after;
    }

    private AgendaItem itemOf(Actor actor, Meeting meeting, UUID itemId) {
        AgendaItem item = records.item(itemId).filter(found -> found.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new RecordNotFoundException("agenda item", itemId));
        if (item.exempt() && actor != null && !meetings.isMember(actor, meeting)) {
            throw new RecordNotFoundException("agenda item", itemId);
        }
        return item;
    }

    private static String summary(List<Attendance> attendance) {
        return attendance.stream().map(one -> one.personId() + "=" + one.status()
                + (one.substituteForPersonId() == null ? "" : " for " + one.substituteForPersonId()))
                .sorted().toList().toString();
    }

    /** The text stripped; refused in the words of the message {@code requiredKey} when blank, or when too long. */
    private static String required(String text, String field, String requiredKey, int limit) {
        if (text == null || text.isBlank()) {
            throw new MeetingsChangeRefused(field, requiredKey);
        }
        if (text.strip().length() > limit) {
            throw new MeetingsChangeRefused(field, "meetings.record.tooLong", String.valueOf(limit));
        }
        return text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
