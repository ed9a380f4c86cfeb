package uk.saferhub.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Writes a session's last-access time at most once a minute. Spring Session stamps it on every request, and with the
 * sessions in PostgreSQL that made every page a write transaction (an update and a commit waiting for the disk) even
 * when nothing else in the session changed. A session may so expire up to a minute before eight hours of inactivity.
 *
 * <p>It wraps the JDBC session repository once the repository is built, so everything that uses the repository
 * (the session filter, ending a user's sessions) goes through it.
 */
final class SessionTouches implements FindByIndexNameSessionRepository<Session> {

    static final Duration RESOLUTION = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> sessions;

    @SuppressWarnings("unchecked") // its session type is not public; each session it is given back is one it made
    private SessionTouches(JdbcIndexedSessionRepository sessions) {
        this.sessions = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) sessions;
    }

    /** Wraps the JDBC session repository bean. */
    static BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new SessionTouches(jdbc) : bean;
            }
        };
    }

    @Override
    public Session createSession() {
        return sessions.createSession();
    }

    @Override
    public void save(Session session) {
        sessions.save(unwrapped(session));
    }

    @Override
    public Session findById(String id) {
        var found = sessions.findById(id);
        return found == null ? null : new Touched(found);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Session> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new Touched(session)));
        return found;
    }

    private static Session unwrapped(Session session) {
        return session instanceof Touched touched ? touched.session : session;
    }

    /** A stored session whose last-access time moves only when it is a minute or more behind. */
    private static final class Touched implements Session {

        private final Session session;

        Touched(Session session) {
            this.session = session;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(session.getLastAccessedTime(), lastAccessedTime).compareTo(RESOLUTION) >= 0) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
