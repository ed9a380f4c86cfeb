package uk.saferhub.documents.internal;

import static uk.saferhub.documents.internal.DocumentStore.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.documents.Pilot;
import uk.saferhub.documents.Rollout;
import uk.saferhub.documents.ServiceAgreement;

/** Service agreements, their pilots and their roll-outs to further areas. Place names are filled in by the service. */
@Repository
public class AgreementStore {

    private final JdbcClient jdbc;

    AgreementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ServiceAgreement> find(UUID documentId) {
        return jdbc.sql("select * from service_agreement where document_id = :d").param("d", documentId)
                .query((rs, n) -> new ServiceAgreement(rs.getObject("document_id", UUID.class),
                        rs.getString("council_service"), rs.getString("powers"), rs.getString("delivering_role"),
                        rs.getString("duties"), rs.getString("referral"), rs.getString("training_required"),
                        instant(rs, "updated_at")))
                .optional();
    }

    public void save(ServiceAgreement a) {
        jdbc.sql("insert into service_agreement (document_id, council_service, powers, delivering_role, duties,"
                + " referral, training_required, updated_at) values (:d, :service, :powers, :role, :duties,"
                + " :referral, :training, :at) on conflict (document_id) do update set"
                + " council_service = excluded.council_service, powers = excluded.powers,"
                + " delivering_role = excluded.delivering_role, duties = excluded.duties,"
                + " referral = excluded.referral, training_required = excluded.training_required,"
                + " updated_at = excluded.updated_at")
                .param("d", a.documentId()).param("service", a.councilService()).param("powers", a.powers())
                .param("role", a.deliveringRole()).param("duties", a.duties()).param("referral", a.referral())
                .param("training", a.trainingRequired()).param("at", Timestamp.from(a.updatedAt())).update();
    }

    public List<Pilot> pilots(UUID documentId) {
        return jdbc.sql("select * from service_agreement_pilot where document_id = :d order by starts_on")
                .param("d", documentId).query((rs, n) -> pilot(rs)).list();
    }

    public List<Pilot> allPilots() {
        return jdbc.sql("select * from service_agreement_pilot order by starts_on").query((rs, n) -> pilot(rs)).list();
    }

    public Optional<Pilot> pilot(UUID id) {
        return jdbc.sql("select * from service_agreement_pilot where id = :id").param("id", id)
                .query((rs, n) -> pilot(rs)).optional();
    }

    public void insertPilot(Pilot p, Instant at) {
        jdbc.sql("insert into service_agreement_pilot (id, document_id, place_id, starts_on, ends_on,"
                + " evaluation_criteria, recorded_at) values (:id, :d, :place, :starts, :ends, :criteria, :at)")
                .param("id", p.id()).param("d", p.documentId()).param("place", p.placeId())
                .param("starts", p.startsOn()).param("ends", p.endsOn()).param("criteria", p.evaluationCriteria())
                .param("at", Timestamp.from(at)).update();
    }

    public void evaluate(UUID pilotId, LocalDate on, String result, boolean successful) {
        jdbc.sql("update service_agreement_pilot set evaluated_on = :on, evaluation_result = :result,"
                + " successful = :ok where id = :id")
                .param("on", on).param("result", result).param("ok", successful).param("id", pilotId).update();
    }

    public List<Rollout> rollouts(UUID documentId) {
        return jdbc.sql("select * from service_agreement_rollout where document_id = :d order by from_on")
                .param("d", documentId).query((rs, n) -> rollout(rs)).list();
    }

    public List<Rollout> allRollouts() {
        return jdbc.sql("select * from service_agreement_rollout order by from_on").query((rs, n) -> rollout(rs))
                .list();
    }

    public boolean insertRollout(Rollout r) {
        return jdbc.sql("insert into service_agreement_rollout (document_id, place_id, from_on, recorded_at,"
                + " recorded_by) values (:d, :place, :from, :at, :by) on conflict do nothing")
                .param("d", r.documentId()).param("place", r.placeId()).param("from", r.fromOn())
                .param("at", Timestamp.from(r.recordedAt())).param("by", r.recordedBy()).update() == 1;
    }

    private static Pilot pilot(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Pilot(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                rs.getObject("place_id", UUID.class), null, rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("evaluation_criteria"),
                rs.getObject("evaluated_on", LocalDate.class), rs.getString("evaluation_result"),
                (Boolean) rs.getObject("successful"));
    }

    private static Rollout rollout(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Rollout(rs.getObject("document_id", UUID.class), rs.getObject("place_id", UUID.class), null,
                rs.getObject("from_on", LocalDate.class), instant(rs, "recorded_at"), rs.getString("recorded_by"));
    }
}
