package uk.saferhub.identity.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a user's sessions when what they may do changes. A session keeps the actor (roles, organisation, person) as it
 * was at sign-in, so a disabled or demoted user would otherwise go on acting as before for the rest of it. Sessions
 * live in PostgreSQL, indexed by principal name (the username), so this reaches the sessions every instance serves.
 */
@Component
public class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the user once the current transaction commits. */
    public void endAllOf(String username) {
        afterCommit(() -> end(username, null));
    }

    /** Ends every session of the user but the one of the request being served, once the transaction commits. */
    public void endOthersOf(String username) {
        String current = currentSessionId();
        afterCommit(() -> end(username, current));
    }

    private void end(String username, String keep) {
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(sessions::deleteById);
    }

    /**
     * Ending sessions only after the change is committed means a sign-in racing with it either sees the change or has
     * its new session ended too.
     */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
