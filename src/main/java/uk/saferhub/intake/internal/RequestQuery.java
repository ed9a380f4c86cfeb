package uk.saferhub.intake.internal;

import java.time.Instant;
import java.util.List;

/** GET requests: by ids (then nothing else counts) or by services, statuses and a period, a page at a time. */
public record RequestQuery(List<Long> ids, List<String> serviceCodes, List<String> statuses, Instant from,
        Instant to, int page, int pageSize) {
}
