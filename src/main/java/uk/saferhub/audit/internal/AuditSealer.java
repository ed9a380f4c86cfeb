package uk.saferhub.audit.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit events into the hash chain shortly after they commit, one batch per short transaction, on a
 * thread of its own: the way a tamper-evident log sequences its entries, so that no request waits for the chain. It
 * is woken by each commit that wrote events and looks anyway every second, for events another instance wrote or that
 * were queued before a restart.
 */
@Component
public class AuditSealer implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);
    private static final int BATCH = 1000;
    private static final Duration IDLE = Duration.ofSeconds(1);

    private final AuditLedger ledger;
    private final AuditChain chain;
    private final TransactionTemplate transactions;
    private volatile Thread worker;
    private volatile boolean running;

    AuditSealer(AuditLedger ledger, AuditChain chain, PlatformTransactionManager transactionManager) {
        this.ledger = ledger;
        this.chain = chain;
        this.transactions = new TransactionTemplate(transactionManager);
        // Its own transaction always: a verification that asks for the chain may already be in a read-only one.
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Seals everything queued now, in this thread; for verification, which must see the whole chain. Answers false
     * when another instance held the chain for too long to wait.
     */
    public boolean sealAll() {
        for (int attempt = 0; attempt < 100; attempt++) {
            Integer sealed = transactions.execute(status -> chain.sealWaiting(BATCH));
            if (sealed != null && sealed >= 0 && sealed < BATCH) {
                return true;
            }
            if (sealed != null && sealed < 0) {
                sleep(Duration.ofMillis(50));
            }
        }
        return false;
    }

    private void run() {
        while (running) {
            try {
                ledger.awaitWaitingEvents(IDLE);
                sealAll();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be briefly unreachable: the events stay queued and are sealed on a later round.
                LOG.warn("Sealing audit events failed; they stay queued: {}", e.getMessage());
                sleep(IDLE);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("audit-sealer").daemon().start(this::run);
    }

    /**
     * Stops the thread; it seals nothing more here. What is still queued stays queued in the database and is sealed by
     * the next sealer to run (another instance, or this one at its next start), so a stop never waits for a database
     * that may already be going away.
     */
    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            ledger.signalWaiting();
            try {
                thread.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server, so that a round under way when the last requests end can finish. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
