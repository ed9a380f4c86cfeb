package uk.saferhub.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.directory.ContactRole;
import uk.saferhub.directory.Person;
import uk.saferhub.directory.PersonDetails;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * People and their contact roles in SQL: the roles of any number of people are read in one more query, and written
 * in the order they are held (their position).
 */
@Repository
public class PersonStore {

    private static final String SELECT = """
            select id, organisation_id, name, job_title, email, phone, handling_level, created_at, updated_at, version
              from person""";
    private static final String ROLES =
            "select person_id, title, area_served, organisation_served_id from contact_role";

    private final JdbcClient jdbc;

    PersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> find(UUID id) {
        return withRoles(jdbc.sql(SELECT + " where id = ?").param(id).query(PersonStore::row).list()).stream()
                .findFirst();
    }

    public List<Person> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withRoles(jdbc.sql(SELECT + " where id in (:ids)").param("ids", ids).query(PersonStore::row).list());
    }

    public List<Person> all() {
        List<Row> rows = jdbc.sql(SELECT).query(PersonStore::row).list();
        Map<UUID, List<ContactRole>> roles = new HashMap<>();
        jdbc.sql(ROLES + " order by person_id, position").query(rs -> {
            addRole(roles, rs);
        });
        return rows.stream().map(row -> row.person(roles.getOrDefault(row.id(), List.of()))).toList();
    }

    public void insert(Person person) {
        jdbc.sql("""
                insert into person (id, organisation_id, name, job_title, email, phone, handling_level, created_at,
                    updated_at, version)
                values (:id, :organisationId, :name, :jobTitle, :email, :phone, :handlingLevel, :createdAt,
                    :updatedAt, :version)""")
                .params(parameters(person)).update();
        writeRoles(person);
    }

    /** Writes the person and their contact roles over the version they were read at; fails if changed since. */
    public void update(Person person) {
        int updated = jdbc.sql("""
                update person set organisation_id = :organisationId, name = :name, job_title = :jobTitle,
                    email = :email, phone = :phone, handling_level = :handlingLevel, updated_at = :updatedAt,
                    version = :version + 1
                 where id = :id and version = :version""")
                .params(parameters(person)).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Person " + person.id() + " was changed since it was read");
        }
        jdbc.sql("delete from contact_role where person_id = ?").param(person.id()).update();
        writeRoles(person);
    }

    private void writeRoles(Person person) {
        List<ContactRole> roles = person.contactRoles();
        for (int position = 0; position < roles.size(); position++) {
            ContactRole role = roles.get(position);
            jdbc.sql("""
                    insert into contact_role (person_id, position, title, area_served, organisation_served_id)
                    values (?, ?, ?, ?, ?)""")
                    .params(person.id(), position, role.title(), role.areaServed(), role.organisationServedId())
                    .update();
        }
    }

    private List<Person> withRoles(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ContactRole>> roles = new HashMap<>();
        jdbc.sql(ROLES + " where person_id in (:ids) order by person_id, position")
                .param("ids", rows.stream().map(Row::id).toList())
                .query(rs -> {
                    addRole(roles, rs);
                });
        return rows.stream().map(row -> row.person(roles.getOrDefault(row.id(), List.of()))).toList();
    }

    private static void addRole(Map<UUID, List<ContactRole>> roles, ResultSet rs) throws SQLException {
        roles.computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new ArrayList<>())
                .add(new ContactRole(rs.getString("title"), rs.getString("area_served"),
                        rs.getObject("organisation_served_id", UUID.class)));
    }

    private static Map<String, Object> parameters(Person p) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", p.id());
        parameters.put("organisationId", p.organisationId());
        parameters.put("name", p.name());
        parameters.put("jobTitle", p.jobTitle());
        parameters.put("email", p.email());
        parameters.put("phone", p.phone());
        parameters.put("handlingLevel", p.handlingLevel().name());
        parameters.put("createdAt", Timestamp.from(p.createdAt()));
        parameters.put("updatedAt", Timestamp.from(p.updatedAt()));
        parameters.put("version", p.version());
        return parameters;
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("name"), rs.getString("job_title"), rs.getString("email"), rs.getString("phone"),
                HandlingLevel.valueOf(rs.getString("handling_level")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }

    /** A person's row, before their contact roles are read. */
    private record Row(UUID id, UUID organisationId, String name, String jobTitle, String email, String phone,
            HandlingLevel handlingLevel, Instant createdAt, Instant updatedAt, int version) {

        Person person(List<ContactRole> roles) {
            return Person.restore(id, new PersonDetails(organisationId, name, jobTitle, email, phone, handlingLevel,
                    roles), createdAt, updatedAt, version);
        }
    }
}
