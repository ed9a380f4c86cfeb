package uk.saferhub.tasking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.MeetingRecorder;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.BodyType;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.AccessPolicy;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.tasking.internal.AreaReport;
import uk.saferhub.tasking.internal.IssuedReport;
import uk.saferhub.tasking.internal.Priority;
import uk.saferhub.tasking.internal.ReportBuilder;
import uk.saferhub.tasking.internal.ReportStore;
import uk.saferhub.tasking.internal.TaskingChangeRefused;

/**
 * The reports to the bodies above the tasking groups (seed 001 section 6): the tailored report to an Area Committee and
 * the periodic report to a Divisional Community Safety Partnership / Locality Partnership, covering the tasking groups
 * that report to or link with the body, or cover its area. A report runs from the day after the body's last issued
 * report to the day chosen. Whoever may see the body reads it, seeing only the priorities they may see (a restricted
 * one's view audited). A coordinator who may change the body issues it and attaches it as a paper to one of the body's
 * coming meetings; an issued report shows only PUBLIC and PARTNERSHIP priorities, since any reader of that meeting's
 * papers may open it, and each reader still only those of them they may see.
 */
@Service
public class TaskingReports {

    /** The bodies reported to. */
    public static final Set<BodyType> REPORTED_TO = EnumSet.of(BodyType.AREA_COMMITTEE, BodyType.LOCALITY_PARTNERSHIP);

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Set<HandlingLevel> PAPER_LEVELS = EnumSet.of(HandlingLevel.PUBLIC, HandlingLevel.PARTNERSHIP);

    private final Partnership partnership;
    private final Meetings meetings;
    private final MeetingRecorder recorder;
    private final ReportStore reports;
    private final ReportBuilder builder;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    TaskingReports(Partnership partnership, Meetings meetings, MeetingRecorder recorder, ReportStore reports,
            ReportBuilder builder, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.partnership = partnership;
        this.meetings = meetings;
        this.recorder = recorder;
        this.reports = reports;
        this.builder = builder;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The Area Committees and Locality Partnerships the actor may see, by name. */
    @Transactional(readOnly = true)
    public List<Body> bodies(Actor actor) {
        return partnership.bodies(actor).stream().filter(body -> REPORTED_TO.contains(body.type())).toList();
    }

    /** A body reported to, when the actor may see it; any other body is not one (not found). */
    @Transactional(readOnly = true)
    public Body body(Actor actor, BodyId id) {
        Body body = partnership.body(actor, id);
        if (!REPORTED_TO.contains(body.type())) {
            throw new RecordNotFoundException("tasking-report-body", id);
        }
        return body;
    }

    /** The tasking groups the actor may see that report to or link with the body, or cover the same area. */
    @Transactional(readOnly = true)
    public List<Body> groupsOf(Actor actor, Body body) {
        Set<BodyId> linked = Set.copyOf(partnership.linkedTo(body.id()));
        return partnership.bodies(actor).stream().filter(group -> group.type() == BodyType.TASKING_GROUP)
                .filter(group -> linked.contains(group.id()) || sameArea(group, body)).toList();
    }

    /** The report as it would be issued now, up to the day given (today when none), for the reader. */
    @Transactional(readOnly = true)
    public AreaReport current(Actor actor, BodyId id, LocalDate upTo) {
        Body body = body(actor, id);
        List<Body> groups = groupsOf(actor, body);
        IssuedReport previous = reports.ofBody(id.value()).stream().findFirst().orElse(null);
        LocalDate to = upTo == null ? today() : upTo;
        LocalDate from = from(actor, groups, previous, to);
        return new AreaReport(body, from, to, builder.sections(actor, groups, from, to, seenBy(actor, false)), null,
                previous);
    }

    /** A report issued to the body, as the reader may see it: PUBLIC and PARTNERSHIP priorities only. */
    @Transactional(readOnly = true)
    public AreaReport issued(Actor actor, BodyId id, UUID reportId) {
        Body body = body(actor, id);
        IssuedReport report = reports.find(id.value(), reportId)
                .orElseThrow(() -> new RecordNotFoundException("tasking-report", reportId));
        List<Body> groups = groupsOf(actor, body);
        return new AreaReport(body, report.from(), report.to(),
                builder.sections(actor, groups, report.from(), report.to(), seenBy(actor, true)), report, null);
    }

    /** The reports issued to the body, latest first. */
    @Transactional(readOnly = true)
    public List<IssuedReport> issuedTo(Actor actor, BodyId id) {
        body(actor, id);
        return reports.ofBody(id.value());
    }

    /** Whether the actor may issue reports to the body and attach them to its meetings: who may change the body. */
    public boolean mayIssue(Actor actor, Body body) {
        return partnership.mayEdit(actor, body);
    }

    /** Issues the report from the day after the last one up to the day given, which may not be after today. */
    @Transactional
    public IssuedReport issue(Actor actor, BodyId id, LocalDate upTo) {
        Body body = editable(actor, id);
        if (upTo == null) {
            throw new TaskingChangeRefused("to", "tasking.report.to.required");
        }
        if (upTo.isAfter(today())) {
            throw new TaskingChangeRefused("to", "tasking.report.to.future");
        }
        AreaReport report = current(actor, id, upTo);
        if (report.from().isAfter(upTo)) {
            throw new TaskingChangeRefused("to", "tasking.report.to.beforeLast", DAY.format(report.from()));
        }
        IssuedReport issued = new IssuedReport(UUID.randomUUID(), id.value(), report.from(), upTo, actor.name(),
                actor.organisationId(), clock.instant(), null, null);
        reports.insert(issued);
        audit.recordChange(AuditAction.CREATE, "tasking-report", issued.id(), "Issued the report to " + body.name()
                + " for " + DAY.format(issued.from()) + " to " + DAY.format(upTo), Changes.none()
                .field("from", null, issued.from()).field("to", null, upTo));
        return issued;
    }

    /** The body's meetings from now to a year ahead that are not cancelled: where a report may go as a paper. */
    @Transactional(readOnly = true)
    public List<Meeting> comingMeetings(Actor actor, Body body) {
        Instant now = clock.instant();
        return meetings.meetingsOf(actor, body.id(), now, now.atZone(LONDON).plusYears(1).toInstant()).stream()
                .filter(meeting -> !meeting.cancelled()).sorted(Comparator.comparing(Meeting::start)).toList();
    }

    /**
     * Attaches an issued report as a paper to one of the body's coming meetings, the paper's link being {@code link}
     * (the address of the issued report's PDF).
     */
    @Transactional
    public void attach(Actor actor, BodyId id, UUID reportId, UUID meetingId, String title, String link) {
        Body body = editable(actor, id);
        IssuedReport report = reports.find(id.value(), reportId)
                .orElseThrow(() -> new RecordNotFoundException("tasking-report", reportId));
        if (meetingId == null) {
            throw new TaskingChangeRefused("meetingId", "tasking.report.meeting.required");
        }
        boolean coming = comingMeetings(actor, body).stream().anyMatch(meeting -> meeting.id().equals(meetingId));
        if (!coming) {
            throw new TaskingChangeRefused("meetingId", "tasking.report.meeting.notComing");
        }
        recorder.addPaper(actor, meetingId, null, title, link);
        reports.attached(report.id(), meetingId, clock.instant());
    }

    private Body editable(Actor actor, BodyId id) {
        Body body = body(actor, id);
        if (!mayIssue(actor, body)) {
            throw new RecordNotFoundException("tasking-report-body", id);
        }
        return body;
    }

    private LocalDate from(Actor actor, List<Body> groups, IssuedReport previous, LocalDate to) {
        if (previous != null) {
            return previous.to().plusDays(1);
        }
        LocalDate first = builder.firstMeeting(actor, groups, to);
        return first == null ? to.minusYears(1) : first;
    }

    /** The rule for which priorities a report shows the reader: those they may see (a paper: PUBLIC/PARTNERSHIP). */
    private Predicate<Priority> seenBy(Actor actor, boolean paper) {
        return priority -> {
            if (paper && !PAPER_LEVELS.contains(priority.handlingLevel())
                    || !AccessPolicy.canSee(actor, priority)) {
                return false;
            }
            if (priority.handlingLevel().viewIsAudited()) {
                access.requireVisible(actor, priority);
            }
            return true;
        };
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    private static boolean sameArea(Body group, Body body) {
        return group.areaCovered() != null && body.areaCovered() != null
                && group.areaCovered().strip().equalsIgnoreCase(body.areaCovered().strip());
    }
}
