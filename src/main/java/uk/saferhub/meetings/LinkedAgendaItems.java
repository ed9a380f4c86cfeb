package uk.saferhub.meetings;

import java.util.List;
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
        link(actor, meetingId, null, recordType, recordId, title, label);
    }

    /**
     * As {@link #link(Actor, UUID, String, String, String, String)}, at the item numbered {@code number} when one is
     * given: an item already on the agenda under that number (a Panel's item 11) is linked to the record and keeps
     * its number; with none there, the new item takes the number.
     */
    @Transactional
    public void link(Actor actor, UUID meetingId, Integer number, String recordType, String recordId, String title,
            String label) {
        Meeting meeting = actor == null ? scheduler.editableMeeting(null, meetingId)
                : meetings.meetingOnly(actor, meetingId);
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            throw new MeetingsChangeRefused("title", "meetings.item.title.required");
        }
        List<AgendaItem> agenda = records.agenda(meetingId);
        AgendaItem before = agenda.stream()
                .filter(item -> number == null ? recordType.equals(item.linkedRecordType())
                        && recordId.equals(item.linkedRecordId()) : item.number() == number)
                .findFirst().orElse(null);
        if (before != null && before.linkedRecordType() != null && !(recordType.equals(before.linkedRecordType())
                && recordId.equals(before.linkedRecordId()))) {
            throw new MeetingsChangeRefused("number", "meetings.item.number.linked", number);
        }
        if (before == null && number != null && (number < 1 || number > 999)) {
            throw new MeetingsChangeRefused("number", "meetings.item.number.range");
        }
        // An item already on the agenda under the number keeps the words the agenda gives it.
        String name = number != null && before != null ? before.title() : title.strip();
        if (before != null && before.title().equals(name) && label.equals(before.linkedRecordLabel())
                && recordId.equals(before.linkedRecordId())) {
            return;
        }
        AgendaItem saved = before == null
                ? new AgendaItem(UUID.randomUUID(), meetingId, number != null ? number
                        : records.nextItemNumber(meetingId), name, null, null,
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
