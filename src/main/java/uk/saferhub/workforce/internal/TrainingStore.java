package uk.saferhub.workforce.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;


/** Training events and who attended them, in SQL. */
@Repository
public class TrainingStore {

    private final JdbcClient jdbc;

    TrainingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TrainingEvent> find(UUID id) {
        return jdbc.sql("select * from workforce_training_event where id = ?").param(id).query(TrainingStore::event)
                .optional();
    }

    /** Events owned by any of these organisations, on the topic when one is given (any case), by date. */
    public List<TrainingEvent> ownedBy(Collection<UUID> owners, String topic) {
        if (owners.isEmpty()) {
            return List.of();
        }
        var query = jdbc.sql("select * from workforce_training_event where owner_id in (:owners)"
                + (topic == null ? "" : " and lower(trim(topic)) = lower(trim(:topic))")
                + " order by held_on, lower(title)").param("owners", owners);
        return (topic == null ? query : query.param("topic", topic)).query(TrainingStore::event).list();
    }

    /** The distinct topics of the events owned by these organisations, as first written, in alphabetical order. */
    public List<String> topics(Collection<UUID> owners) {
        if (owners.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select min(topic) from workforce_training_event where owner_id in (:owners)
                 group by lower(topic) order by lower(min(topic))""")
                .param("owners", owners).query(String.class).list();
    }

    public void insert(UUID id, TrainingEventDetails details, UUID owner, Instant now) {
        jdbc.sql("""
                insert into workforce_training_event (id, title, topic, held_on, venue, provider, invited_guests,
                    owner_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, details.title(), details.topic(), Date.valueOf(details.heldOn()), details.venue(),
                        details.provider(), details.invitedGuests(), owner, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    public void update(UUID id, TrainingEventDetails details, Instant now) {
        jdbc.sql("""
                update workforce_training_event set title = ?, topic = ?, held_on = ?, venue = ?, provider = ?,
                    invited_guests = ?, updated_at = ? where id = ?""")
                .params(details.title(), details.topic(), Date.valueOf(details.heldOn()), details.venue(),
                        details.provider(), details.invitedGuests(), Timestamp.from(now), id)
                .update();
    }

    /** What is recorded for an event: PCSO to attended or not. */
    public Map<UUID, Boolean> attendance(UUID event) {
        return jdbc.sql("select pcso_id, attended from workforce_training_attendance where event_id = ?").param(event)
                .query((rs, row) -> Map.entry(rs.getObject("pcso_id", UUID.class), rs.getBoolean("attended")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public void recordAttendance(UUID event, UUID pcso, boolean attended) {
        jdbc.sql("""
                insert into workforce_training_attendance (event_id, pcso_id, attended) values (?, ?, ?)
                on conflict (event_id, pcso_id) do update set attended = excluded.attended""")
                .params(event, pcso, attended).update();
    }

    /** The events recorded for a PCSO, attended or not, by date. */
    public List<Map.Entry<TrainingEvent, Boolean>> eventsOf(UUID pcso) {
        return jdbc.sql("""
                select e.*, a.attended from workforce_training_event e
                  join workforce_training_attendance a on a.event_id = e.id
                 where a.pcso_id = ? order by e.held_on, lower(e.title)""")
                .param(pcso).query((rs, row) -> Map.entry(event(rs, row), rs.getBoolean("attended"))).list();
    }

    /** Of these PCSOs, those who attended any event on the topic (compared without regard to case or spaces). */
    public Set<UUID> attendedTopic(String topic, Collection<UUID> pcsos) {
        if (pcsos.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                select distinct a.pcso_id from workforce_training_attendance a
                  join workforce_training_event e on e.id = a.event_id
                 where a.attended and lower(trim(e.topic)) = lower(trim(:topic)) and a.pcso_id in (:pcsos)""")
                .param("topic", topic).param("pcsos", pcsos).query(UUID.class).list());
    }

    static TrainingEvent event(ResultSet rs, int row) throws SQLException {
        return new TrainingEvent(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("topic"),
                rs.getDate("held_on").toLocalDate(), rs.getString("venue"), rs.getString("provider"),
                rs.getString("invited_guests"), rs.getObject("owner_id", UUID.class));
    }
}
