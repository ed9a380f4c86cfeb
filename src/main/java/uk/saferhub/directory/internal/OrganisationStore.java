package uk.saferhub.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.directory.Organisation;
import uk.saferhub.directory.OrganisationDetails;
import uk.saferhub.directory.OrganisationType;

/** Organisations in SQL, written over the version they were read at. */
@Repository
public class OrganisationStore {

    private static final String SELECT = """
            select id, name, short_name, type, parent_id, website, phone, email, created_at, updated_at, version
              from organisation""";

    private final JdbcClient jdbc;

    OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(OrganisationStore::organisation).optional();
    }

    public List<Organisation> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where id in (:ids)").param("ids", ids).query(OrganisationStore::organisation)
                .list();
    }

    /** The organisation with this name, ignoring case (names are unique that way). */
    public Optional<Organisation> findNamed(String name) {
        return jdbc.sql(SELECT + " where lower(name) = lower(?)").param(name).query(OrganisationStore::organisation)
                .optional();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("select exists (select 1 from organisation where id = ?)").param(id).query(Boolean.class)
                .single();
    }

    /** The organisation and those above it, nearest first, at most {@code levels} of them. */
    public List<UUID> selfAndAncestors(UUID id, int levels) {
        return jdbc.sql("""
                with recursive up (id, parent_id, depth) as (
                    select id, parent_id, 1 from organisation where id = :id
                    union all
                    select o.id, o.parent_id, up.depth + 1 from organisation o join up on o.id = up.parent_id
                     where up.depth < :levels)
                select id from up order by depth""")
                .param("id", id).param("levels", levels).query(UUID.class).list();
    }

    public void insert(Organisation organisation) {
        jdbc.sql("""
                insert into organisation (id, name, short_name, type, parent_id, website, phone, email, created_at,
                    updated_at, version)
                values (:id, :name, :shortName, :type, :parentId, :website, :phone, :email, :createdAt, :updatedAt,
                    :version)""")
                .params(parameters(organisation)).update();
    }

    /** Writes the organisation over the version it was read at; fails if it was changed since. */
    public void update(Organisation organisation) {
        int updated = jdbc.sql("""
                update organisation set name = :name, short_name = :shortName, type = :type, parent_id = :parentId,
                    website = :website, phone = :phone, email = :email, updated_at = :updatedAt,
                    version = :version + 1
                 where id = :id and version = :version""")
                .params(parameters(organisation)).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(
                    "Organisation " + organisation.id() + " was changed since it was read");
        }
    }

    private static Map<String, Object> parameters(Organisation o) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", o.id());
        parameters.put("name", o.name());
        parameters.put("shortName", o.shortName());
        parameters.put("type", o.type().name());
        parameters.put("parentId", o.parentId());
        parameters.put("website", o.website());
        parameters.put("phone", o.phone());
        parameters.put("email", o.email());
        parameters.put("createdAt", Timestamp.from(o.createdAt()));
        parameters.put("updatedAt", Timestamp.from(o.updatedAt()));
        parameters.put("version", o.version());
        return parameters;
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return Organisation.restore(rs.getObject("id", UUID.class),
                new OrganisationDetails(rs.getString("name"), rs.getString("short_name"),
                        OrganisationType.valueOf(rs.getString("type")), rs.getObject("parent_id", UUID.class),
                        rs.getString("website"), rs.getString("phone"), rs.getString("email")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
