package uk.saferhub.meetings.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.audit.RecordNames;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.DisplayTime;
import uk.saferhub.shared.web.PageWords;

/**
 * Names meetings and what they record in the audit trail, as {@link Meetings#maySee} lets the viewer see them: a
 * meeting by its body and day ("East North East local tasking group, 3 November 2011"), an agenda item, paper,
 * decision or action by its number or title and its meeting, each linked to the page that shows it.
 */
@Component
class MeetingRecordNames implements RecordNames {

    private final Meetings meetings;
    private final Partnership partnership;
    private final MeetingStore meetingStore;
    private final RecordStore records;
    private final JdbcClient jdbc;
    private final PageWords words;

    MeetingRecordNames(Meetings meetings, Partnership partnership, MeetingStore meetingStore, RecordStore records,
            JdbcClient jdbc, PageWords words) {
        this.meetings = meetings;
        this.partnership = partnership;
        this.meetingStore = meetingStore;
        this.records = records;
        this.jdbc = jdbc;
        this.words = words;
    }

    @Override
    public Map<UUID, Named> namesOf(Actor viewer, Set<UUID> ids) {
        List<Found> found = jdbc.sql("""
                        select id, id as meeting_id, null::uuid as item_id, 'meeting' as kind, null::integer as number,
                               null as title from meeting where id in (:ids)
                        union all select id, meeting_id, id, 'item', number, title
                          from meeting_agenda_item where id in (:ids)
                        union all select id, meeting_id, agenda_item_id, 'paper', null, title
                          from meeting_paper where id in (:ids)
                        union all select id, meeting_id, agenda_item_id, 'decision', number, null
                          from meeting_decision where id in (:ids)
                        union all select id, meeting_id, agenda_item_id, 'action', number, null
                          from meeting_action where id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> new Found(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                        rs.getObject("item_id", UUID.class), rs.getString("kind"),
                        (Integer) rs.getObject("number"), rs.getString("title")))
                .list();
        Map<UUID, Optional<Meeting>> meetingsById = new HashMap<>();
        Map<UUID, Named> names = new HashMap<>();
        for (Found record : found) {
            Optional<Meeting> meeting = meetingsById.computeIfAbsent(record.meetingId(), meetingStore::find);
            AgendaItem item = record.itemId() == null ? null : records.item(record.itemId()).orElse(null);
            if (meeting.isEmpty() || !meetings.maySee(viewer, meeting.get(), item)) {
                continue;
            }
            String ofMeeting = meetingName(meeting.get());
            String meetingPage = "/meetings/" + record.meetingId();
            names.put(record.id(), switch (record.kind()) {
                case "meeting" -> Named.linked(ofMeeting, meetingPage);
                case "item" -> Named.linked(words.text("meetings.audit.item", record.number(), record.title(),
                        ofMeeting), meetingPage);
                case "paper" -> Named.linked(words.text("meetings.audit.paper", record.title(), ofMeeting),
                        meetingPage);
                case "decision" -> Named.linked(words.text("meetings.audit.decision", record.number(), ofMeeting),
                        meetingPage);
                default -> Named.linked(words.text("meetings.audit.action", record.number(), ofMeeting),
                        "/actions/" + record.id());
            });
        }
        return names;
    }

    private String meetingName(Meeting meeting) {
        String body = partnership.body(meeting.bodyId()).map(Body::name).orElse("");
        return words.text("meetings.audit.meeting", body, DisplayTime.dateOf(meeting.start().toLocalDate()));
    }

    private record Found(UUID id, UUID meetingId, UUID itemId, String kind, Integer number, String title) {
    }
}
