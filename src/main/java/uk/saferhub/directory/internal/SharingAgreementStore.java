package uk.saferhub.directory.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.directory.SharingAgreement;

/** Sharing agreements with their parties in SQL, each agreement in one row with its parties as an array. */
@Repository
public class SharingAgreementStore {

    private static final String SELECT = """
            select a.id, a.name, a.description, a.created_at, a.version,
                   array(select p.organisation_id from sharing_agreement_party p
                          where p.sharing_agreement_id = a.id) as parties
              from sharing_agreement a""";

    private final JdbcClient jdbc;

    SharingAgreementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SharingAgreement> all() {
        return jdbc.sql(SELECT).query((rs, row) -> agreement(rs)).list();
    }

    public List<SharingAgreement> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where a.id in (:ids)").param("ids", ids).query((rs, row) -> agreement(rs)).list();
    }

    /** The agreements the organisation is party to. */
    public List<SharingAgreement> withParty(UUID organisationId) {
        return jdbc.sql(SELECT + " where exists (select 1 from sharing_agreement_party p"
                        + " where p.sharing_agreement_id = a.id and p.organisation_id = ?)")
                .param(organisationId).query((rs, row) -> agreement(rs)).list();
    }

    public void insert(SharingAgreement agreement) {
        jdbc.sql("""
                insert into sharing_agreement (id, name, description, created_at, version)
                values (?, ?, ?, ?, ?)""")
                .params(agreement.id(), agreement.name(), agreement.description(),
                        Timestamp.from(agreement.createdAt()), agreement.version())
                .update();
        addParties(agreement.id(), agreement.partyIds());
    }

    /** Writes the agreement's parties over the version it was read at; fails if it was changed since. */
    public void update(SharingAgreement agreement) {
        int updated = jdbc.sql("""
                update sharing_agreement set name = ?, description = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(agreement.name(), agreement.description(), agreement.id(), agreement.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(
                    "Sharing agreement " + agreement.id() + " was changed since it was read");
        }
        jdbc.sql("delete from sharing_agreement_party where sharing_agreement_id = ?").param(agreement.id()).update();
        addParties(agreement.id(), agreement.partyIds());
    }

    private void addParties(UUID agreement, Set<UUID> parties) {
        for (UUID party : parties) {
            jdbc.sql("insert into sharing_agreement_party (sharing_agreement_id, organisation_id) values (?, ?)")
                    .params(agreement, party).update();
        }
    }

    private static SharingAgreement agreement(ResultSet rs) throws SQLException {
        return SharingAgreement.restore(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getString("description"), uuids(rs.getArray("parties")), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Object id : (Object[]) array.getArray()) {
            ids.add((UUID) id);
        }
        return ids;
    }
}
