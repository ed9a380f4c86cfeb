package uk.saferhub.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.meetings.internal.ActionDetail;
import uk.saferhub.meetings.internal.ActionFilter;
import uk.saferhub.meetings.internal.ActionLogEntry;
import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.internal.Attendance;
import uk.saferhub.meetings.internal.AttendanceRecord;
import uk.saferhub.meetings.internal.Cadence;
import uk.saferhub.meetings.internal.CadenceStore;
import uk.saferhub.meetings.internal.MeetingAction;
import uk.saferhub.meetings.internal.MeetingStore;
import uk.saferhub.meetings.internal.MeetingView;
import uk.saferhub.meetings.internal.RecordStore;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.RestrictedRecordViewed;

/**
 * The meetings module's read API. A meeting is visible to whoever may see its body; its exempt items only to the
 * body's members (a seat current on the meeting's date or today), and each such view is audited.
 */
@Service
public class Meetings {

    private final MeetingStore meetings;
    private final CadenceStore cadences;
    private final RecordStore records;
    private final Partnership partnership;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Meetings(MeetingStore meetings, CadenceStore cadences, RecordStore records, Partnership partnership,
            ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.cadences = cadences;
        this.records = records;
        this.partnership = partnership;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), MeetingStore.LONDON);
    }

    /** The body's cadence, if it has one (the body must be visible). */
    @Transactional(readOnly = true)
    public Optional<Cadence> cadence(Actor actor, BodyId body) {
        partnership.body(actor, body);
        return cadences.find(body);
    }

    /** A body's meetings starting in [from, to). */
    @Transactional(readOnly = true)
    public List<Meeting> meetingsOf(Actor actor, BodyId body, Instant from, Instant to) {
        partnership.body(actor, body);
        return meetings.ofBody(body, from, to);
    }

    /** The years in which a body held (or had planned) meetings before now, latest first. */
    @Transactional(readOnly = true)
    public List<Integer> pastYearsOf(Actor actor, BodyId body) {
        partnership.body(actor, body);
        return meetings.yearsOf(body, clock.instant());
    }

    /** Meetings of every body the actor may see, starting in [from, to), at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Meeting> meetingsVisibleTo(Actor actor, Instant from, Instant to, int limit) {
        return meetings.ofBodies(partnership.bodies(actor).stream().map(body -> body.id().value()).toList(), from, to,
                limit);
    }

    /** For other modules' demonstration loaders: a body's meetings starting on a day, unchecked. */
    @Transactional(readOnly = true)
    public List<Meeting> meetingsOn(BodyId body, LocalDate day) {
        Instant from = day.atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant();
        return meetings.ofBody(body, from, from.plusSeconds(24 * 3600));
    }

    /** The decisions of a meeting the caller has already been given (exempt items are not withheld here). */
    @Transactional(readOnly = true)
    public List<Decision> decisionsOf(Meeting meeting) {
        return records.decisions(meeting.id());
    }

    /** For a change the system makes (a demonstration loader): a meeting by its id, unchecked. */
    @Transactional(readOnly = true)
    public Optional<Meeting> meetingForSystem(UUID id) {
        return meetings.find(id);
    }

    /** The number of the meeting's agenda item that links to another module's record, if one does. */
    @Transactional(readOnly = true)
    public Optional<Integer> itemNumberLinking(UUID meetingId, String recordType, String recordId) {
        return records.agenda(meetingId).stream().filter(item -> recordType.equals(item.linkedRecordType())
                && recordId.equals(item.linkedRecordId())).map(AgendaItem::number).findFirst();
    }

    /** The meeting's agenda in order, as the actor may see it (exempt items' titles only to the body's members). */
    @Transactional(readOnly = true)
    public List<AgendaLine> agendaOf(Actor actor, Meeting meeting) {
        return agendaOf(actor, meeting, false);
    }

    /**
     * As {@link #agendaOf(Actor, Meeting)}; {@code asThePublicSeesIt} withholds exempt items' titles from everyone, for a
     * public agenda pack printed by a member.
     */
    @Transactional(readOnly = true)
    public List<AgendaLine> agendaOf(Actor actor, Meeting meeting, boolean asThePublicSeesIt) {
        boolean member = !asThePublicSeesIt && actor != null && isMember(actor, meeting);
        return records.agenda(meeting.id()).stream().map(item -> item.exempt() && !member ? item.withheld() : item)
                .map(item -> new AgendaLine(item.number(), item.title(), item.exempt(), item.exemptReason(),
                        item.linkedRecordType(), item.linkedRecordId())).toList();
    }

    /** The meeting itself, checked against its body; no agenda. */
    @Transactional(readOnly = true)
    public Meeting meetingOnly(Actor actor, UUID id) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new RecordNotFoundException("meeting", id));
        partnership.body(actor, meeting.bodyId());
        return meeting;
    }

    /** A meeting with everything recorded at it that the actor may see. */
    @Transactional(readOnly = true)
    public MeetingView meeting(Actor actor, UUID id) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new RecordNotFoundException("meeting", id));
        Body body = partnership.body(actor, meeting.bodyId());
        boolean member = isMember(actor, meeting, body);
        List<AgendaItem> agenda = records.agenda(id);
        Set<UUID> withheld = new HashSet<>();
        if (!member) {
            agenda.stream().filter(AgendaItem::exempt).forEach(item -> withheld.add(item.id()));
        } else if (agenda.stream().anyMatch(AgendaItem::exempt)) {
            events.publishEvent(new RestrictedRecordViewed(actor, "meeting-exempt-items", id.toString(),
                    HandlingLevel.AGENCY));
        }
        return new MeetingView(meeting, body, member, partnership.mayEdit(actor, body),
                agenda.stream().map(item -> withheld.contains(item.id()) ? item.withheld() : item).toList(),
                records.papers(id).stream().filter(p -> !withheld.contains(p.agendaItemId())).toList(),
                records.attendance(id),
                records.decisions(id).stream().filter(d -> !withheld.contains(d.agendaItemId())).toList(),
                records.actionsOf(id).stream().filter(a -> !withheld.contains(a.agendaItemId())).toList());
    }

    /**
     * Whether the actor may see an agenda item of the meeting (null: the meeting itself) and the minutes, papers,
     * decisions and actions under it, answered without auditing: the rule {@link #meeting} applies, for the audit
     * trail.
     */
    @Transactional(readOnly = true)
    public boolean maySee(Actor actor, Meeting meeting, AgendaItem item) {
        return partnership.maySee(actor, meeting.bodyId()) && (item == null || !item.exempt()
                || isMember(actor, meeting));
    }

    /**
     * Whether the actor may open the meeting's page (the meeting exists and its body is visible to them), for other
     * modules deciding whether to link to it; nothing else about the meeting is told.
     */
    @Transactional(readOnly = true)
    public boolean maySeeMeeting(Actor actor, UUID id) {
        return id != null && meetings.find(id).map(meeting -> partnership.maySee(actor, meeting.bodyId()))
                .orElse(false);
    }

    /** Whether the actor holds a seat on the meeting's body on the day of the meeting or today. */
    @Transactional(readOnly = true)
    public boolean isMember(Actor actor, Meeting meeting) {
        return partnership.body(meeting.bodyId()).map(body -> isMember(actor, meeting, body)).orElse(false);
    }

    /** Whether the actor may see the meeting's exempt items: {@link AccessPolicy}, through {@link ExemptItems}. */
    private boolean isMember(Actor actor, Meeting meeting, Body body) {
        return AccessPolicy.canSee(actor, exemptItems(meeting, body));
    }

    private ExemptItems exemptItems(Meeting meeting, Body body) {
        LocalDate day = meeting.start().toLocalDate();
        LocalDate today = today();
        Set<UUID> seatHolders = partnership.membersOf(meeting.bodyId()).stream()
                .filter(seat -> seat.currentOn(day) || seat.currentOn(today))
                .map(seat -> seat.personId()).collect(Collectors.toSet());
        return new ExemptItems(meeting, body, seatHolders);
    }

    /** Actions of the meetings of every body the actor may see, filtered; open ones first by due date. */
    @Transactional(readOnly = true)
    public List<ActionLogEntry> actions(Actor actor, ActionFilter filter) {
        List<Body> bodies = filter.body() == null ? partnership.bodies(actor)
                : List.of(partnership.body(actor, filter.body()));
        LocalDate today = today();
        java.util.Map<UUID, Body> byId = new java.util.HashMap<>();
        bodies.forEach(body -> byId.put(body.id().value(), body));
        java.util.Map<UUID, Meeting> meetingCache = new java.util.HashMap<>();
        java.util.Map<UUID, Boolean> exemptCache = new java.util.HashMap<>();
        return records.actionsOfBodies(List.copyOf(byId.keySet())).stream()
                .filter(action -> filter.matches(action, today))
                .map(action -> {
                    Meeting meeting = meetingCache.computeIfAbsent(action.meetingId(),
                            m -> meetings.find(m).orElseThrow());
                    return new ActionLogEntry(action, meeting, byId.get(meeting.bodyId().value()),
                            action.overdueOn(today));
                })
                .filter(entry -> entry.action().agendaItemId() == null
                        || !exemptCache.computeIfAbsent(entry.action().agendaItemId(),
                                item -> records.item(item).map(AgendaItem::exempt).orElse(false))
                        || isMember(actor, entry.meeting(), entry.body()))
                .toList();
    }

    /** One action with its meeting and updates, if the actor may see it. */
    @Transactional(readOnly = true)
    public ActionDetail action(Actor actor, UUID id) {
        MeetingAction action = records.action(id).orElseThrow(() -> new RecordNotFoundException("action", id));
        MeetingView view = meeting(actor, action.meetingId());
        if (view.actions().stream().noneMatch(a -> a.id().equals(id))) {
            throw new RecordNotFoundException("action", id);
        }
        return new ActionDetail(action, view.meeting(), view.body(), action.overdueOn(today()), view.mayEdit(),
                records.updates(id));
    }

    /** Attendance at a body's meetings that were not cancelled, per person. */
    @Transactional(readOnly = true)
    public List<AttendanceRecord> attendanceStatistics(Actor actor, BodyId body) {
        partnership.body(actor, body);
        return AttendanceRecord.tally(records.attendanceOfBody(body.value()));
    }
}
