package uk.saferhub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.saferhub.audit.internal.ChainVerification;
import uk.saferhub.support.SaferHubTest;

/** The database keeps the trail append-only, and the hash chain shows any change made behind its back. */
@SaferHubTest
class AuditTrailIntegrityTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnAuditEvent() {
        long latest = anEvent();
        String summary = summaryOf(latest);

        assertThatThrownBy(() -> rolledBack("update audit_event set summary = 'rewritten' where seq = " + latest))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> rolledBack("delete from audit_event where seq = " + latest))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> rolledBack("truncate audit_event"))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");

        assertThat(summaryOf(latest)).isEqualTo(summary);
    }

    @Test
    void anUntouchedTrailVerifiesAsIntact() {
        anEvent();
        ChainVerification verification = trail.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isPositive();
        assertThat(verification.firstBrokenSequence()).isNull();
    }

    @Test
    void aSummaryChangedBehindTheTrailsBackIsReportedAsTheFirstBrokenLink() {
        long target = anEvent();
        String original = summaryOf(target);
        assertThat(trail.verify().intact()).as("sealed into the chain, as the sealer does just after the commit")
                .isTrue();
        try {
            jdbc.sql("alter table audit_event disable trigger audit_event_no_update_or_delete").update();
            jdbc.sql("update audit_event set summary = ? where seq = ?").params(original + " (edited)", target)
                    .update();

            ChainVerification verification = trail.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSequence()).isEqualTo(target);
            assertThat(verification.problem()).contains("has been altered");
        } finally {
            jdbc.sql("update audit_event set summary = ? where seq = ?").params(original, target).update();
            jdbc.sql("alter table audit_event enable trigger audit_event_no_update_or_delete").update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    /** Writes a fresh system event and returns its sequence number. */
    private long anEvent() {
        transactions.executeWithoutResult(status -> trail.record(AuditEntry.system(AuditAction.UPDATE, "test", null,
                "An event for the integrity tests", Changes.none().field("checked", false, true))));
        return jdbc.sql("select max(seq) from audit_event").query(Long.class).single();
    }

    /** Runs a statement in a transaction that is always rolled back, should the database ever accept it. */
    @Test
    void anEventAboutAVeryLongRecordIdIsStillKeptAndTheChainStaysIntact() {
        String longId = "GET /partnership/bodies/" + "x".repeat(200);
        trail.recordIndependently(AuditEntry.anonymous("someone", AuditAction.ACCESS_REFUSED, "page", longId,
                "Access refused: role does not allow it"));
        String kept = jdbc.sql("select record_id from audit_event order by seq desc limit 1").query(String.class)
                .single();
        assertThat(kept).hasSize(100).startsWith("GET /partnership/bodies/xxx");
        assertThat(trail.verify().intact()).isTrue();
    }

    private void rolledBack(String statement) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql(statement).update();
        });
    }

    private String summaryOf(long sequence) {
        return jdbc.sql("select summary from audit_event where seq = ?").param(sequence).query(String.class).single();
    }
}
