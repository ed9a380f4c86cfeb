package uk.saferhub.partnership.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.MembershipRole;

/** Relations between bodies, governance arrangements and memberships, in SQL. */
@Repository
public class StructureStore {

    private final JdbcClient jdbc;

    StructureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Relation> relations() {
        return jdbc.sql("select * from partnership_relation order by kind").query((rs, row) -> new Relation(
                BodyId.of(rs.getObject("from_body_id", UUID.class)), BodyId.of(rs.getObject("to_body_id", UUID.class)),
                RelationKind.valueOf(rs.getString("kind")))).list();
    }

    public boolean addRelation(Relation relation) {
        return jdbc.sql("""
                insert into partnership_relation (from_body_id, to_body_id, kind) values (?, ?, ?)
                on conflict do nothing""")
                .params(relation.from().value(), relation.to().value(), relation.kind().name()).update() == 1;
    }

    public boolean removeRelation(Relation relation) {
        return jdbc.sql("delete from partnership_relation where from_body_id = ? and to_body_id = ? and kind = ?")
                .params(relation.from().value(), relation.to().value(), relation.kind().name()).update() == 1;
    }

    public Map<UUID, Governance> governance() {
        Map<UUID, Governance> all = new HashMap<>();
        jdbc.sql("select * from partnership_governance").query((rs, row) -> {
            all.put(rs.getObject("body_id", UUID.class), governance(rs));
            return null;
        }).list();
        return all;
    }

    public Optional<Governance> governance(BodyId body) {
        return jdbc.sql("select * from partnership_governance where body_id = ?").param(body.value())
                .query((rs, row) -> governance(rs)).optional();
    }

    public void saveGovernance(BodyId body, Governance governance) {
        jdbc.sql("""
                insert into partnership_governance (body_id, terms_of_reference, chair_person_id, quorum,
                    meeting_frequency, last_reviewed) values (?, ?, ?, ?, ?, ?)
                on conflict (body_id) do update set terms_of_reference = excluded.terms_of_reference,
                    chair_person_id = excluded.chair_person_id, quorum = excluded.quorum,
                    meeting_frequency = excluded.meeting_frequency, last_reviewed = excluded.last_reviewed""")
                .params(body.value(), governance.termsOfReference(), governance.chairPersonId(), governance.quorum(),
                        governance.meetingFrequency(), date(governance.lastReviewed()))
                .update();
    }

    public List<Membership> memberships() {
        return jdbc.sql("select * from partnership_membership order by from_date").query((rs, row) -> membership(rs, row)).list();
    }

    public List<Membership> membershipsOf(BodyId body) {
        return jdbc.sql("select * from partnership_membership where body_id = ? order by from_date")
                .param(body.value()).query((rs, row) -> membership(rs, row)).list();
    }

    public List<Membership> seatsOf(UUID personId) {
        return jdbc.sql("select * from partnership_membership where person_id = ? order by from_date")
                .param(personId).query((rs, row) -> membership(rs, row)).list();
    }

    public Optional<Membership> membership(UUID id) {
        return jdbc.sql("select * from partnership_membership where id = ?").param(id).query((rs, row) -> membership(rs, row))
                .optional();
    }

    public List<Membership> memberships(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : jdbc.sql("select * from partnership_membership where id in (:ids)").param("ids", ids)
                        .query((rs, row) -> membership(rs, row)).list();
    }

    public void saveMembership(Membership m) {
        jdbc.sql("""
                insert into partnership_membership (id, body_id, person_id, representing_organisation_id,
                    representing_body_id, role, from_date, to_date) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set person_id = excluded.person_id,
                    representing_organisation_id = excluded.representing_organisation_id,
                    representing_body_id = excluded.representing_body_id, role = excluded.role,
                    from_date = excluded.from_date, to_date = excluded.to_date""")
                .params(m.id(), m.bodyId().value(), m.personId(), m.representingOrganisationId(),
                        m.representingBodyId() == null ? null : m.representingBodyId().value(), m.role().name(),
                        date(m.from()), date(m.to()))
                .update();
    }

    private Membership membership(ResultSet rs, int row) throws SQLException {
        UUID representingBody = rs.getObject("representing_body_id", UUID.class);
        return new Membership(rs.getObject("id", UUID.class), BodyId.of(rs.getObject("body_id", UUID.class)),
                rs.getObject("person_id", UUID.class), rs.getObject("representing_organisation_id", UUID.class),
                representingBody == null ? null : BodyId.of(representingBody),
                MembershipRole.valueOf(rs.getString("role")), rs.getObject("from_date", LocalDate.class),
                rs.getObject("to_date", LocalDate.class));
    }

    private static Governance governance(ResultSet rs) throws SQLException {
        return new Governance(rs.getString("terms_of_reference"), rs.getObject("chair_person_id", UUID.class),
                (Integer) rs.getObject("quorum"), rs.getString("meeting_frequency"),
                rs.getObject("last_reviewed", LocalDate.class));
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
