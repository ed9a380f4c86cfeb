package uk.saferhub.reports;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.reports.internal.CommitteeReportStore;
import uk.saferhub.shared.access.AccessRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.RestrictedRecordViewed;
import uk.saferhub.shared.access.Role;

/**
 * Committee reports, following their meeting: whoever may see the meeting sees its public reports; an exempt report
 * only the members of the body (each view audited); anyone else finds nothing. A contributor who may see the meeting
 * writes a report for their organisation; its organisation's contributors change it. A report is refused when a
 * required section is empty or an exempt report names no exemption, and nothing is kept.
 */
@Service
public class Reports {

    static final int LONG_TEXT = 20_000;
    static final int SHORT_TEXT = 300;

    private final CommitteeReportStore store;
    private final Meetings meetings;
    private final Partnership partnership;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Reports(CommitteeReportStore store, Meetings meetings, Partnership partnership, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.store = store;
        this.meetings = meetings;
        this.partnership = partnership;
        this.audit = audit;
        this.events = events;
    }

    /** A report the actor may see; an exempt one's view audited. Otherwise absent. */
    @Transactional(readOnly = true)
    public Report report(Actor actor, UUID id) {
        CommitteeReportStore.Row row = store.find(id).orElseThrow(() -> new RecordNotFoundException(Report.RECORD_TYPE, id));
        Meeting meeting;
        try {
            meeting = meetings.meetingOnly(actor, row.meetingId());
        } catch (RecordNotFoundException hidden) {
            events.publishEvent(new AccessRefused(actor, Report.RECORD_TYPE, id.toString(),
                    "a report follows its meeting"));
            throw new RecordNotFoundException(Report.RECORD_TYPE, id);
        }
        if (row.details().exempt()) {
            if (!meetings.isMember(actor, meeting)) {
                events.publishEvent(new AccessRefused(actor, Report.RECORD_TYPE, id.toString(),
                        "an exempt report is for the members of the body"));
                throw new RecordNotFoundException(Report.RECORD_TYPE, id);
            }
            events.publishEvent(new RestrictedRecordViewed(actor, Report.RECORD_TYPE, id.toString(),
                    HandlingLevel.AGENCY));
        }
        return report(row, meeting);
    }

    /** Whether the actor may see the report, asked without auditing: the audit trail's question. */
    @Transactional(readOnly = true)
    public boolean visibleWithoutAudit(Actor actor, UUID id) {
        return store.find(id).filter(row -> meetings.maySeeMeeting(actor, row.meetingId())
                && (!row.details().exempt() || meetings.meetingForSystem(row.meetingId())
                        .filter(meeting -> meetings.isMember(actor, meeting)).isPresent())).isPresent();
    }

    /** The meeting's reports the actor may see, in agenda order. */
    @Transactional(readOnly = true)
    public List<Report> ofMeeting(Actor actor, Meeting meeting) {
        boolean member = meetings.isMember(actor, meeting);
        return store.ofMeeting(meeting.id()).stream().filter(row -> !row.details().exempt() || member)
                .map(row -> report(row, meeting)).toList();
    }

    /** Every report of the meeting, exempt ones too, for the agenda pack to leave out and list. */
    @Transactional(readOnly = true)
    public List<Report> allOfMeeting(Actor actor, Meeting meeting) {
        return store.ofMeeting(meeting.id()).stream().map(row -> report(row, meeting)).toList();
    }

    /** Whether the actor may write a report to the meeting: a contributor who may see it. */
    public boolean mayWrite(Actor actor, UUID meetingId) {
        return ChangePolicy.holds(actor, Role.CONTRIBUTOR) && meetings.maySeeMeeting(actor, meetingId);
    }

    /** Whether the actor may change the report: a contributor of the organisation whose report it is. */
    public boolean mayChange(Actor actor, Report report) {
        return ChangePolicy.mayChangeFor(actor, report.owningOrganisationId(), Role.CONTRIBUTOR)
                && actor.organisationId().equals(report.owningOrganisationId());
    }

    /** Writes a report to the meeting for the actor's organisation, from what was composed or typed. */
    @Transactional
    public Report create(Actor actor, UUID meetingId, ReportDetails details, String sourceType, String sourceId) {
        Meeting meeting = meetings.meetingOnly(actor, meetingId);
        if (!mayWrite(actor, meetingId)) {
            throw new AccessDeniedException("Contributors write reports");
        }
        check(details);
        UUID id = UUID.randomUUID();
        store.insert(id, meetingId, actor.organisationId(), details, sourceType, sourceId, actor.name());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", details.title());
        fields.put("meeting", meeting.title() + ", " + meeting.start().toLocalDate());
        fields.put("exempt", details.exempt());
        audit.recordChange(AuditAction.CREATE, Report.RECORD_TYPE, id, "Report to " + meeting.title() + " on "
                + meeting.start().toLocalDate() + " written: " + details.title(), Changes.created(fields));
        return report(actor, id);
    }

    /** For the demonstration loader (the system, no actor): a report written for the organisation. */
    @Transactional
    public UUID createForSystem(UUID meetingId, UUID owner, ReportDetails details, String sourceType,
            String sourceId) {
        Meeting meeting = meetings.meetingForSystem(meetingId)
                .orElseThrow(() -> new RecordNotFoundException("meeting", meetingId));
        check(details);
        UUID id = UUID.randomUUID();
        store.insert(id, meetingId, owner, details, sourceType, sourceId, "system");
        audit.recordChange(AuditAction.CREATE, Report.RECORD_TYPE, id, "Report to " + meeting.title() + " on "
                + meeting.start().toLocalDate() + " written: " + details.title(),
                Changes.created(Map.of("title", details.title())));
        return id;
    }

    /** Changes the report read at {@code version}. */
    @Transactional
    public void edit(Actor actor, UUID id, int version, ReportDetails details) {
        Report before = report(actor, id);
        if (!mayChange(actor, before)) {
            throw new AccessDeniedException("Its organisation's contributors change a report");
        }
        if (before.version() != version) {
            throw new ReportsChangeRefused(null, "reports.changedMeanwhile");
        }
        check(details);
        try {
            store.update(id, version, details);
        } catch (OptimisticLockingFailureException meanwhile) {
            throw new ReportsChangeRefused(null, "reports.changedMeanwhile");
        }
        audit.recordChange(AuditAction.UPDATE, Report.RECORD_TYPE, id, "Report changed: " + details.title(),
                Changes.none().field("title", before.details().title(), details.title())
                        .field("exempt", before.details().exempt(), details.exempt())
                        .field("itemNumber", before.details().itemNumber(), details.itemNumber()));
    }

    /**
     * Publishes a report on the public site: only a public report to a meeting of a body that meets in public (marked
     * PUBLIC); an exempt report, or one to a private meeting, is refused and stays off it.
     */
    @Transactional
    public void publish(Actor actor, UUID id) {
        Report report = report(actor, id);
        if (actor != null && !mayChange(actor, report)) {
            throw new AccessDeniedException("Its organisation's contributors publish a report");
        }
        if (report.details().exempt()) {
            throw new ReportsChangeRefused(null, "reports.publish.exempt", report.details().exemption());
        }
        boolean publicMeeting = partnership.body(report.meeting().bodyId())
                .filter(body -> body.handlingLevel() == HandlingLevel.PUBLIC).isPresent();
        if (!publicMeeting) {
            throw new ReportsChangeRefused(null, "reports.publish.privateMeeting", report.bodyName());
        }
        if (!store.publish(id)) {
            throw new ReportsChangeRefused(null, "reports.publish.already");
        }
        audit.recordChange(AuditAction.UPDATE, Report.RECORD_TYPE, id, "Report published: "
                + report.details().title(), Changes.none().field("published", false, true));
    }

    /** A published report, as the public sees it; otherwise absent. */
    @Transactional(readOnly = true)
    public Report published(UUID id) {
        Report report = report(null, id);
        if (!report.published()) {
            throw new RecordNotFoundException(Report.RECORD_TYPE, id);
        }
        return report;
    }

    /** The meeting's published reports, as the public sees them, in agenda order. */
    @Transactional(readOnly = true)
    public List<Report> publishedOfMeeting(Meeting meeting) {
        return ofMeeting(null, meeting).stream().filter(Report::published).toList();
    }

    /** The report already composed for the meeting from the record, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> composedFrom(UUID meetingId, String sourceType, String sourceId) {
        return store.bySource(meetingId, sourceType, sourceId);
    }

    /** The form field a section's text is typed in. */
    public static String field(SectionKind kind) {
        String[] words = kind.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    static void check(ReportDetails details) {
        required("title", details.title(), SHORT_TEXT, "reports.title.required");
        required("reportOf", details.reportOf(), SHORT_TEXT, "reports.reportOf.required");
        required("contactName", details.contactName(), SHORT_TEXT, "reports.contactName.required");
        for (String[] optional : new String[][] {{"contactRole", details.contactRole()},
                {"contactPhone", details.contactPhone()}, {"contactEmail", details.contactEmail()}}) {
            if (optional[1] != null && optional[1].length() > SHORT_TEXT) {
                throw new ReportsChangeRefused(optional[0], "reports.text.tooLong", SHORT_TEXT);
            }
        }
        if (details.contactEmail() != null && !details.contactEmail().isBlank()
                && !details.contactEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ReportsChangeRefused("contactEmail", "reports.contactEmail.invalid");
        }
        if (details.itemNumber() != null && (details.itemNumber() < 1 || details.itemNumber() > 999)) {
            throw new ReportsChangeRefused("itemNumber", "reports.itemNumber.range");
        }
        if (details.exempt() && (details.exemption() == null || details.exemption().isBlank())) {
            throw new ReportsChangeRefused("exemption", "reports.exemption.required");
        }
        Map<SectionKind, Boolean> filled = new EnumMap<>(SectionKind.class);
        for (ReportSection section : details.sections()) {
            if (section.kind() == null) {
                continue;
            }
            filled.merge(section.kind(), !section.empty(), Boolean::logicalOr);
            for (String paragraph : section.paragraphs()) {
                if (paragraph.length() > LONG_TEXT) {
                    throw new ReportsChangeRefused(field(section.kind()), "reports.text.tooLong", LONG_TEXT);
                }
            }
        }
        for (SectionKind kind : SectionKind.values()) {
            if (kind.required() && !filled.getOrDefault(kind, false)) {
                throw new ReportsChangeRefused(field(kind), "reports.section.required." + kind.name());
            }
        }
    }

    private static void required(String field, String value, int longest, String key) {
        if (value == null || value.isBlank()) {
            throw new ReportsChangeRefused(field, key);
        }
        if (value.strip().length() > longest) {
            throw new ReportsChangeRefused(field, "reports.text.tooLong", longest);
        }
    }

    private Report report(CommitteeReportStore.Row row, Meeting meeting) {
        String body = partnership.body(meeting.bodyId()).map(b -> b.name()).orElse(meeting.title());
        return new Report(row.id(), meeting, body, row.owner(), row.details(), row.sourceType(), row.sourceId(),
                row.version(), row.publishedAt());
    }
}
