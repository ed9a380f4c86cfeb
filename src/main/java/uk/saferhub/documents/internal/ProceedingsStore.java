package uk.saferhub.documents.internal;

import static uk.saferhub.documents.internal.DocumentStore.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.documents.Approval;
import uk.saferhub.documents.Circulation;
import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.ConsultationComment;
import uk.saferhub.documents.Recipient;
import uk.saferhub.documents.Review;
import uk.saferhub.documents.ReviewOutcome;
import uk.saferhub.partnership.BodyId;

/**
 * What happens to a document's drafts: circulations and their recipients, consultation comments, approvals, reviews
 * and review reminders. Names of recipients are filled in by the service, which may read the directory.
 */
@Repository
public class ProceedingsStore {

    private final JdbcClient jdbc;

    ProceedingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertCirculation(Circulation c) {
        jdbc.sql("insert into document_circulation (id, document_id, version_id, purpose, sent_on, month_only,"
                + " recipients_label, closes_on, note, recorded_at, recorded_by) values (:id, :doc, :version,"
                + " :purpose, :sent, :month, :label, :closes, :note, :at, :by)")
                .param("id", c.id()).param("doc", c.documentId()).param("version", c.versionId())
                .param("purpose", c.purpose().name()).param("sent", c.sentOn()).param("month", c.monthOnly())
                .param("label", c.recipientsLabel()).param("closes", c.closesOn()).param("note", c.note())
                .param("at", Timestamp.from(c.recordedAt())).param("by", c.recordedBy()).update();
        int position = 0;
        for (Recipient r : c.recipients()) {
            jdbc.sql("insert into document_circulation_recipient (circulation_id, position, organisation_id,"
                    + " body_id) values (:c, :p, :o, :b)")
                    .param("c", c.id()).param("p", position++).param("o", r.organisationId())
                    .param("b", r.bodyId() == null ? null : r.bodyId().value()).update();
        }
    }

    public Optional<UUID> documentOfCirculation(UUID circulationId) {
        return jdbc.sql("select document_id from document_circulation where id = :id").param("id", circulationId)
                .query(UUID.class).optional();
    }

    /** A document's circulations in the order they went out, with unnamed recipients. */
    public List<Circulation> circulations(UUID documentId) {
        Map<UUID, List<Recipient>> recipients = new HashMap<>();
        jdbc.sql("select r.circulation_id, r.organisation_id, r.body_id from document_circulation_recipient r"
                + " join document_circulation c on c.id = r.circulation_id where c.document_id = :d"
                + " order by r.position")
                .param("d", documentId).query((rs, n) -> recipients
                        .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(recipient(rs, "organisation_id", "body_id")))
                .list();
        return jdbc.sql("select c.*, v.major, v.minor, v.approved from document_circulation c"
                + " join document_version v on v.id = c.version_id where c.document_id = :d"
                + " order by c.sent_on, c.recorded_at")
                .param("d", documentId)
                .query((rs, n) -> new Circulation(rs.getObject("id", UUID.class),
                        rs.getObject("document_id", UUID.class), rs.getObject("version_id", UUID.class),
                        (rs.getBoolean("approved") ? "Version " : "Draft ") + rs.getInt("major") + "."
                                + rs.getInt("minor"),
                        CirculationPurpose.valueOf(rs.getString("purpose")),
                        rs.getObject("sent_on", LocalDate.class), rs.getBoolean("month_only"),
                        rs.getString("recipients_label"),
                        recipients.getOrDefault(rs.getObject("id", UUID.class), List.of()),
                        rs.getObject("closes_on", LocalDate.class), rs.getString("note"),
                        instant(rs, "recorded_at"), rs.getString("recorded_by")))
                .list();
    }

    /** Organisation and body recipients of every circulation of many documents, for the access rule on drafts. */
    public Map<UUID, List<Recipient>> consulteesOf(List<UUID> documentIds) {
        Map<UUID, List<Recipient>> byDocument = new HashMap<>();
        if (documentIds.isEmpty()) {
            return byDocument;
        }
        jdbc.sql("select c.document_id, r.organisation_id, r.body_id from document_circulation_recipient r"
                + " join document_circulation c on c.id = r.circulation_id where c.document_id in (:ids)")
                .param("ids", documentIds).query((rs, n) -> byDocument
                        .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(recipient(rs, "organisation_id", "body_id")))
                .list();
        return byDocument;
    }

    public void insertComment(ConsultationComment c) {
        jdbc.sql("insert into document_comment (id, circulation_id, section_ref, section_label,"
                + " commenter_organisation_id, commenter_body_id, text, received_on, recorded_at, recorded_by)"
                + " values (:id, :c, :ref, :label, :org, :body, :text, :received, :at, :by)")
                .param("id", c.id()).param("c", c.circulationId()).param("ref", c.sectionRef())
                .param("label", c.sectionLabel()).param("org", c.commenter().organisationId())
                .param("body", c.commenter().bodyId() == null ? null : c.commenter().bodyId().value())
                .param("text", c.text()).param("received", c.receivedOn())
                .param("at", Timestamp.from(c.recordedAt())).param("by", c.recordedBy()).update();
    }

    public List<ConsultationComment> comments(UUID documentId) {
        return jdbc.sql("select m.* from document_comment m join document_circulation c on c.id = m.circulation_id"
                + " where c.document_id = :d order by m.received_on, m.recorded_at")
                .param("d", documentId)
                .query((rs, n) -> new ConsultationComment(rs.getObject("id", UUID.class),
                        rs.getObject("circulation_id", UUID.class), rs.getString("section_ref"),
                        rs.getString("section_label"),
                        recipient(rs, "commenter_organisation_id", "commenter_body_id"), rs.getString("text"),
                        rs.getObject("received_on", LocalDate.class), instant(rs, "recorded_at"),
                        rs.getString("recorded_by")))
                .list();
    }

    public void insertApproval(Approval a) {
        jdbc.sql("insert into document_approval (id, document_id, draft_version_id, version_id, body_id,"
                + " meeting_id, decision_id, delegated_to, decided_on, recorded_at, recorded_by) values (:id, :doc,"
                + " :draft, :version, :body, :meeting, :decision, :delegated, :decided, :at, :by)")
                .param("id", a.id()).param("doc", a.documentId()).param("draft", a.draftVersionId())
                .param("version", a.versionId()).param("body", a.bodyId().value()).param("meeting", a.meetingId())
                .param("decision", a.decisionId()).param("delegated", a.delegatedTo())
                .param("decided", a.decidedOn()).param("at", Timestamp.from(a.recordedAt()))
                .param("by", a.recordedBy()).update();
    }

    public List<Approval> approvals(UUID documentId) {
        return jdbc.sql("select * from document_approval where document_id = :d order by decided_on, recorded_at")
                .param("d", documentId)
                .query((rs, n) -> new Approval(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                        rs.getObject("draft_version_id", UUID.class), rs.getObject("version_id", UUID.class),
                        new BodyId(rs.getObject("body_id", UUID.class)), null, rs.getObject("meeting_id", UUID.class),
                        rs.getObject("decision_id", UUID.class), rs.getString("delegated_to"),
                        rs.getObject("decided_on", LocalDate.class), instant(rs, "recorded_at"),
                        rs.getString("recorded_by")))
                .list();
    }

    public void insertReview(Review r) {
        jdbc.sql("insert into document_review (id, document_id, due_on, reviewed_on, outcome, note, recorded_at,"
                + " recorded_by) values (:id, :doc, :due, :on, :outcome, :note, :at, :by)")
                .param("id", r.id()).param("doc", r.documentId()).param("due", r.dueOn())
                .param("on", r.reviewedOn()).param("outcome", r.outcome().name()).param("note", r.note())
                .param("at", Timestamp.from(r.recordedAt())).param("by", r.recordedBy()).update();
    }

    public List<Review> reviews(UUID documentId) {
        return jdbc.sql("select * from document_review where document_id = :d order by reviewed_on, recorded_at")
                .param("d", documentId)
                .query((rs, n) -> new Review(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                        rs.getObject("due_on", LocalDate.class), rs.getObject("reviewed_on", LocalDate.class),
                        ReviewOutcome.valueOf(rs.getString("outcome")), rs.getString("note"),
                        instant(rs, "recorded_at"), rs.getString("recorded_by")))
                .list();
    }

    /** Records a reminder for the review date unless one was already made; true when this call made it. */
    public boolean remind(UUID documentId, LocalDate dueOn, Instant at) {
        return jdbc.sql("insert into document_review_reminder (document_id, due_on, reminded_at)"
                + " values (:d, :due, :at) on conflict do nothing")
                .param("d", documentId).param("due", dueOn).param("at", Timestamp.from(at)).update() == 1;
    }

    public Optional<Instant> remindedAt(UUID documentId, LocalDate dueOn) {
        return jdbc.sql("select reminded_at from document_review_reminder where document_id = :d and due_on = :due")
                .param("d", documentId).param("due", dueOn).query((rs, n) -> instant(rs, "reminded_at")).optional();
    }

    private static Recipient recipient(ResultSet rs, String orgColumn, String bodyColumn) throws SQLException {
        UUID org = rs.getObject(orgColumn, UUID.class);
        UUID body = rs.getObject(bodyColumn, UUID.class);
        return new Recipient(org, body == null ? null : new BodyId(body), null);
    }
}
