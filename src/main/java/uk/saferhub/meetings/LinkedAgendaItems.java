package uk.saferhub.meetings;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.meetings.internal.AgendaItem;
import uk.saferhub.meetings.internal.MeetingsChangeRefused;
import uk.saferhub.meetings.internal.RecordStore;
import uk.saferhub.shared.access.Actor;

/**
 * Agenda items that link to another module's record (a tasking group's review of its meeting, a priority escalated
 * to a body): added, or retitled, by the module that keeps the record, which decides who may record it; the meeting
 * need only be visible to the actor. Each change is audited in its transaction; a null actor is the system.
 */
@Service
public class LinkedAgendaItems {

    private final MeetingScheduler scheduler;
    private final Meetings meetings;
    private final RecordStore records;
    private final AuditTrail audit;

    LinkedAgendaItems(MeetingScheduler scheduler, Meetings meetings, RecordStore records, AuditTrail audit) {
        this.scheduler = scheduler;
        this.meetings = meetings;
        this.records = records;
        this.audit = audit;
    }

    /** Adds an item linking to the record, or retitles the item already linking to it; its number comes next. */
    @Transactional
    public void link(Actor actor, UUID meetingId, String recordType, String recordId, String title,
            String label) {
        Meeting meeting = actor == null ? scheduler.editableMeeting(null, meetingId)
                : meetings.meetingOnly(actor, meetingId);
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            throw new MeetingsChangeRefused("title", "meetings.item.title.required");
        }
        String name = title.strip();
        AgendaItem before = records.agenda(meetingId).stream()
                .filter(item -> recordType.equals(item.linkedRecordType()) && recordId.equals(item.linkedRecordId()))
                .findFirst().orElse(null);
        if (before != null && before.title().equals(name) && label.equals(before.linkedRecordLabel())) {
            return;
        }
        AgendaItem saved = before == null
                ? new AgendaItem(UUID.randomUUID(), meetingId, records.nextItemNumber(meetingId), name, null, null,
                        false, null, recordType, recordId, label, null)
                : new AgendaItem(before.id(), meetingId, before.number(), name, before.presenterPersonId(),
                        before.presenterText(), before.exempt(), before.exemptReason(), recordType, recordId, label,
                        before.minutes());
        records.saveItem(saved);
        audit.recordChange(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "meeting-agenda-item",
                saved.id(), (before == null ? "Added item " : "Changed item ") + saved.number()
                        + " of the meeting of " + meeting.title() + " on " + meeting.start().toLocalDate()
                        + ", linked to " + recordType + " " + recordId, Changes.none()
                        .field("title", before == null ? null : before.title(), saved.title())
                        .field("linkedRecordLabel", before == null ? null : before.linkedRecordLabel(), label));
    }
}
