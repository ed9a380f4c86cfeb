package uk.saferhub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.saferhub.audit.internal.ChainVerification;
import uk.saferhub.support.SaferHubTest;

/**
 * Writing an event takes no lock that other writers wait for; the sealer links every committed event into the chain
 * shortly after, including events a stopped process left queued, and verification names an event that is missing
 * or was never chained.
 */
@SaferHubTest
class AuditSealingTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aRequestRecordingAnEventDoesNotWaitForAnotherWhoseTransactionIsStillOpen() throws Exception {
        var written = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            trail.record(event("A slow request's change, its transaction still open"));
            written.countDown();
            await(release);
        }), Executors.newVirtualThreadPerTaskExecutor());
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            CompletableFuture<Void> quick = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(
                    status -> trail.record(event("A quick request's change"))), Executors.newVirtualThreadPerTaskExecutor());
            quick.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            slow.get(30, TimeUnit.SECONDS);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void everyCommittedEventIsSealedIntoTheChainShortlyAfterItsCommitWithoutAnyoneAsking() throws Exception {
        long sequence = committed(event("A change sealed by the sealer on its own"));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!sealed(sequence) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(sealed(sequence)).isTrue();
    }

    @Test
    void anEventARolledBackChangeWroteIsNeitherKeptNorQueued() {
        String summary = "A change that was rolled back " + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            trail.record(event(summary));
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from audit_event where summary = ?").param(summary).query(Long.class)
                .single()).isZero();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void eventsAStoppedProcessLeftQueuedAreSealedAndTheChainVerifies() {
        // What a process that died between its commit and the sealer's next round leaves behind.
        String summary = "Left queued by a process that stopped " + UUID.randomUUID();
        long sequence = transactions.execute(status -> {
            long seq = jdbc.sql("""
                    insert into audit_event (id, occurred_at, actor_kind, actor_name, action, summary)
                    values (?, now(), 'SYSTEM', 'SaferHub', 'UPDATE', ?) returning seq""")
                    .params(UUID.randomUUID(), summary).query(Long.class).single();
            jdbc.sql("insert into audit_unsealed (event_seq) values (?)").param(seq).update();
            return seq;
        });

        ChainVerification verification = trail.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(sealed(sequence)).isTrue();
    }

    @Test
    void anEventWrittenBehindTheTrailsBackAndNeverChainedIsNamedAsTheFirstBrokenLink() {
        long sequence = transactions.execute(status -> jdbc.sql("""
                insert into audit_event (id, occurred_at, actor_kind, actor_name, action, summary)
                values (?, now(), 'SYSTEM', 'SaferHub', 'UPDATE', 'Slipped in with SQL') returning seq""")
                .param(UUID.randomUUID()).query(Long.class).single());
        try {
            ChainVerification verification = trail.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSequence()).isEqualTo(sequence);
            assertThat(verification.problem()).contains("neither the chain nor the queue");
        } finally {
            behindTheTrailsBack("delete from audit_event where seq = " + sequence);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aSealedEventRemovedBehindTheTrailsBackIsNamedAsMissing() {
        long sequence = committed(event("An event about to be removed"));
        assertThat(trail.verify().intact()).isTrue();
        var removed = jdbc.sql("select * from audit_event where seq = ?").param(sequence).query().singleRow();
        behindTheTrailsBack("delete from audit_event where seq = " + sequence);
        try {
            ChainVerification verification = trail.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSequence()).isEqualTo(sequence);
            assertThat(verification.problem()).contains("missing");
        } finally {
            jdbc.sql("""
                    insert into audit_event (seq, id, occurred_at, actor_kind, actor_id, actor_name,
                        actor_organisation_id, source_address, action, record_type, record_id, summary, changes)
                    overriding system value
                    values (:seq, :id, :occurred_at, :actor_kind, :actor_id, :actor_name, :actor_organisation_id,
                        :source_address, :action, :record_type, :record_id, :summary, :changes)""")
                    .params(removed).update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    private static AuditEntry event(String summary) {
        return AuditEntry.system(AuditAction.UPDATE, "test", null, summary, Changes.none());
    }

    private long committed(AuditEntry entry) {
        transactions.executeWithoutResult(status -> trail.record(entry));
        return jdbc.sql("select max(seq) from audit_event where summary = ?").param(entry.summary())
                .query(Long.class).single();
    }

    private boolean sealed(long sequence) {
        return jdbc.sql("select count(*) from audit_seal where event_seq = ?").param(sequence).query(Long.class)
                .single() == 1;
    }

    private void behindTheTrailsBack(String statement) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_event disable trigger audit_event_no_update_or_delete").update();
            jdbc.sql(statement).update();
            jdbc.sql("alter table audit_event enable trigger audit_event_no_update_or_delete").update();
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
