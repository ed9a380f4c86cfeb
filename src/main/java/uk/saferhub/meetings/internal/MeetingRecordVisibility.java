package uk.saferhub.meetings.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.meetings.Meeting;
import uk.saferhub.meetings.Meetings;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Partnership;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordVisibility;

/**
 * Which meeting records the audit trail may show an actor: a meeting's as its body's, and an agenda item's, with the
 * papers, decisions and actions under it, only to whoever {@link Meetings#maySee} lets see the item (an exempt item:
 * members of the body).
 */
@Component
class MeetingRecordVisibility implements RecordVisibility {

    /** Record types whose id is a meeting's, except "meeting" after a schedule top-up, whose id is the body's. */
    private static final Set<String> OF_MEETING = Set.of("meeting", "meeting-attendance", "meeting-exempt-items");
    /** Record types whose rows name the agenda item they are under, by table. */
    private static final Map<String, String> UNDER_ITEM = Map.of("meeting-paper", "meeting_paper",
            "meeting-decision", "meeting_decision", "meeting-action", "meeting_action");

    private final Meetings meetings;
    private final Partnership partnership;
    private final Directory directory;
    private final MeetingStore meetingStore;
    private final RecordStore records;
    private final JdbcClient jdbc;

    MeetingRecordVisibility(Meetings meetings, Partnership partnership, Directory directory, MeetingStore meetingStore,
            RecordStore records, JdbcClient jdbc) {
        this.meetings = meetings;
        this.partnership = partnership;
        this.directory = directory;
        this.meetingStore = meetingStore;
        this.records = records;
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("meeting", "meeting-attendance", "meeting-exempt-items", "meeting-cadence",
                "meeting-agenda-item", "meeting-paper", "meeting-decision", "meeting-action",
                "calendar-subscription");
    }

    @Override
    public Set<String> visibleTo(Actor actor, String recordType, Set<String> recordIds) {
        Set<UUID> ids = RecordVisibility.uuidsOf(recordIds);
        var visible = new HashSet<UUID>();
        if (recordType.equals("meeting-cadence")) {
            ids.stream().filter(body -> partnership.maySee(actor, BodyId.of(body))).forEach(visible::add);
        } else if (recordType.equals("calendar-subscription")) {
            visible.addAll(subscriptionsVisibleTo(actor, ids));
        } else {
            Map<UUID, Optional<Meeting>> meetingsById = new HashMap<>();
            for (UUID id : ids) {
                Located located = locate(recordType, id);
                if (located == null && recordType.equals("meeting")) {
                    if (partnership.maySee(actor, BodyId.of(id))) {
                        visible.add(id);
                    }
                    continue;
                }
                if (located == null) {
                    continue;
                }
                Optional<Meeting> meeting = meetingsById.computeIfAbsent(located.meetingId(), meetingStore::find);
                AgendaItem item = located.itemId() == null ? null : records.item(located.itemId()).orElse(null);
                if (meeting.isPresent() && meetings.maySee(actor, meeting.get(), item)) {
                    visible.add(id);
                }
            }
        }
        return RecordVisibility.idsOf(visible);
    }

    /** The meeting a record belongs to and the agenda item it is under, if any; null when there is no such record. */
    private Located locate(String recordType, UUID id) {
        if (OF_MEETING.contains(recordType)) {
            return meetingStore.find(id).map(meeting -> new Located(meeting.id(), null)).orElse(null);
        }
        if (recordType.equals("meeting-agenda-item")) {
            return records.item(id).map(item -> new Located(item.meetingId(), item.id())).orElse(null);
        }
        return jdbc.sql("select meeting_id, agenda_item_id from " + UNDER_ITEM.get(recordType) + " where id = ?")
                .param(id)
                .query((rs, n) -> new Located(rs.getObject("meeting_id", UUID.class),
                        rs.getObject("agenda_item_id", UUID.class)))
                .optional().orElse(null);
    }

    /** A subscription names what it follows: a body or a person, seen as they are. */
    private Set<UUID> subscriptionsVisibleTo(Actor actor, Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Subscribed> subscriptions = jdbc.sql(
                        "select id, subject_type, subject_id from meeting_calendar_subscription where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> new Subscribed(rs.getObject("id", UUID.class), rs.getString("subject_type"),
                        rs.getObject("subject_id", UUID.class)))
                .list();
        Set<UUID> people = directory.peopleVisibleTo(actor, subscriptions.stream()
                .filter(s -> s.subjectType().equals("PERSON")).map(Subscribed::subjectId).toList());
        var visible = new HashSet<UUID>();
        for (Subscribed subscription : subscriptions) {
            boolean seen = subscription.subjectType().equals("PERSON") ? people.contains(subscription.subjectId())
                    : partnership.maySee(actor, BodyId.of(subscription.subjectId()));
            if (seen) {
                visible.add(subscription.id());
            }
        }
        return visible;
    }

    private record Located(UUID meetingId, UUID itemId) {
    }

    private record Subscribed(UUID id, String subjectType, UUID subjectId) {
    }
}
