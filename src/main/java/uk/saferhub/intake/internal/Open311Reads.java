package uk.saferhub.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What Open311 clients read: services, reports by number, token or query. Never the reporters' personal data. */
@Service
@Transactional(readOnly = true)
public class Open311Reads {

    /** The standard's default: the last 90 days, at most 1,000 reports a page. */
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(90);
    public static final int MAX_PAGE = 1000;

    private final ServiceCatalogue catalogue;
    private final RequestStore store;
    private final Clock clock;

    Open311Reads(ServiceCatalogue catalogue, RequestStore store, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.clock = clock;
    }

    public List<uk.saferhub.intake.internal.Service> services() {
        return catalogue.services();
    }

    public uk.saferhub.intake.internal.Service service(String code) {
        return catalogue.service(code).orElseThrow(() -> new Open311Refused(404, "intake.open311.serviceNotFound",
                code));
    }

    public Report request(String id) {
        return number(id).flatMap(store::find)
                .orElseThrow(() -> new Open311Refused(404, "intake.open311.requestNotFound", id));
    }

    public Report byToken(String token) {
        UUID parsed;
        try {
            parsed = UUID.fromString(token);
        } catch (IllegalArgumentException e) {
            throw new Open311Refused(404, "intake.open311.tokenNotFound", token);
        }
        return store.byToken(parsed).orElseThrow(() -> new Open311Refused(404, "intake.open311.tokenNotFound",
                token));
    }

    public List<Report> requests(RequestQuery query) {
        return store.query(query);
    }

    public Instant now() {
        return clock.instant();
    }

    static Optional<Long> number(String id) {
        if (id == null || !id.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id.strip()));
    }
}
