package uk.saferhub.tasking.internal;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cycle reviews recorded at meetings, and each priority's decision at a meeting, in SQL. */
@Repository
public class ReviewStore {

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReviewRecord> find(UUID meetingId) {
        return jdbc.sql("select * from tasking_review where meeting_id = ?").param(meetingId)
                .query((rs, row) -> new ReviewRecord(rs.getObject("meeting_id", UUID.class),
                        rs.getObject("group_body_id", UUID.class), rs.getObject("recorded_by_person_id", UUID.class),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getInt("version"))).optional();
    }

    /** Records the review of a meeting, or its correction (its version goes up by one). */
    public void save(ReviewRecord review) {
        jdbc.sql("""
                insert into tasking_review (meeting_id, group_body_id, recorded_by_person_id, recorded_at, version)
                values (?, ?, ?, ?, 0)
                on conflict (meeting_id) do update set recorded_by_person_id = excluded.recorded_by_person_id,
                    recorded_at = excluded.recorded_at, version = tasking_review.version + 1""")
                .params(review.meetingId(), review.groupBodyId(), review.recordedByPersonId(),
                        Timestamp.from(review.recordedAt())).update();
    }

    /** Sets what the review decided for a priority whose state at the meeting is already recorded. */
    public void decide(UUID priorityId, UUID meetingId, ReviewDecision decision, UUID escalatedTo) {
        jdbc.sql("""
                update tasking_cycle_state set decision = ?, escalated_to_body_id = ?
                 where priority_id = ? and meeting_id = ?""")
                .params(decision == null ? null : decision.name(), escalatedTo, priorityId, meetingId).update();
    }

    /** The priorities of a group with a state recorded at each meeting, by meeting. */
    public Map<UUID, Set<UUID>> recordedByMeeting(UUID groupBodyId) {
        Map<UUID, Set<UUID>> found = new HashMap<>();
        jdbc.sql("""
                select s.meeting_id, s.priority_id from tasking_cycle_state s
                  join tasking_priority p on p.id = s.priority_id where p.group_body_id = ?""")
                .param(groupBodyId).query(rs -> {
                    found.computeIfAbsent(rs.getObject("meeting_id", UUID.class), key -> new HashSet<>())
                            .add(rs.getObject("priority_id", UUID.class));
                });
        return found;
    }

    /** The ids of the meetings with a review recorded, of those given. */
    public Set<UUID> reviewed(List<UUID> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select meeting_id from tasking_review where meeting_id in (:ids)")
                .param("ids", meetingIds).query(UUID.class).list());
    }
}
