package uk.saferhub.workforce.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.workforce.ContactPoint;
import uk.saferhub.workforce.ContactPointDetails;

/** Contact points and the dates called off, read together. */
@Repository
public class ContactPointStore {

    private final JdbcClient jdbc;

    ContactPointStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ContactPoint> all() {
        Map<UUID, Map<LocalDate, String>> off = new HashMap<>();
        jdbc.sql("select * from workforce_contact_point_cancellation").query((rs, n) -> {
            off.computeIfAbsent(rs.getObject("contact_point_id", UUID.class), k -> new HashMap<>())
                    .put(rs.getObject("on_date", LocalDate.class), rs.getString("reason"));
            return null;
        }).list();
        return jdbc.sql("select * from workforce_contact_point order by name").query((rs, n) -> point(rs, off)).list();
    }

    public Optional<ContactPoint> find(UUID id) {
        return all().stream().filter(point -> point.id().equals(id)).findFirst();
    }

    public boolean exists(String name, LocalDate firstDate) {
        return jdbc.sql("select count(*) from workforce_contact_point where name = ? and first_date = ?")
                .params(name, firstDate).query(Integer.class).single() > 0;
    }

    public void insert(UUID id, ContactPointDetails d) {
        jdbc.sql("""
                insert into workforce_contact_point (id, name, address, latitude, longitude, owning_organisation_id,
                    frequency, day_of_week, week_of_month, starts_at, ends_at, first_date, last_date, staffed_by,
                    pcso_ids)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, d.name(), d.address(), d.latitude(), d.longitude(), d.owningOrganisationId(),
                        d.frequency().name(), d.day().name(), d.weekOfMonth(), d.starts(), d.ends(), d.firstDate(),
                        d.lastDate(), d.staffedBy(), d.pcsoIds().toArray(new UUID[0]))
                .update();
    }

    public void cancel(UUID id, LocalDate date, String reason) {
        jdbc.sql("insert into workforce_contact_point_cancellation (contact_point_id, on_date, reason) values (?, ?, ?)")
                .params(id, date, reason).update();
    }

    private static ContactPoint point(ResultSet rs, Map<UUID, Map<LocalDate, String>> off) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Array pcsos = rs.getArray("pcso_ids");
        Set<UUID> pcsoIds = pcsos == null ? Set.of() : new HashSet<>(Arrays.asList((UUID[]) pcsos.getArray()));
        return new ContactPoint(id, rs.getString("name"), rs.getString("address"), rs.getDouble("latitude"),
                rs.getDouble("longitude"), rs.getObject("owning_organisation_id", UUID.class),
                ContactPoint.Frequency.valueOf(rs.getString("frequency")),
                DayOfWeek.valueOf(rs.getString("day_of_week")), (Integer) rs.getObject("week_of_month"),
                rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
                rs.getObject("first_date", LocalDate.class), rs.getObject("last_date", LocalDate.class),
                rs.getString("staffed_by"), pcsoIds, off.getOrDefault(id, Map.of()));
    }
}
