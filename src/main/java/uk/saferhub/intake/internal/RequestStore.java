package uk.saferhub.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports, their places, attributes, reporters and status updates, in SQL. */
@Repository
public class RequestStore {

    private static final String COLUMNS = """
            r.id, r.token, r.service_code, s.name, r.status, r.status_notes, r.latitude, r.longitude, r.address_string,
            r.address_id, r.ward_id, r.routed_organisation_id, r.description, r.media_url, r.likely_duplicate_of,
            r.requested_at, r.updated_at
              from intake_request r join intake_service s on s.code = r.service_code""";

    private static final long ROUTES_KEPT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    private final JdbcClient jdbc;
    /** Bumped by every change of a route, so a read that began before one is never kept. */
    private final java.util.concurrent.atomic.AtomicLong routeChanges = new java.util.concurrent.atomic.AtomicLong();
    private volatile KeptRoutes keptRoutes;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a checked report with its places, attributes and reporter in one statement (one round trip to the
     * database); answers its number.
     */
    public long insert(Report report, List<UUID> places, Map<String, List<String>> attributes, Reporter reporter,
            String jurisdictionId, UUID apiKeyId) {
        List<String> codes = new ArrayList<>();
        List<String> values = new ArrayList<>();
        attributes.forEach((code, given) -> given.forEach(value -> {
            codes.add(code);
            values.add(value);
        }));
        return jdbc.sql("""
                with request as (
                    insert into intake_request (token, service_code, jurisdiction_id, status, latitude, longitude,
                        address_string, address_id, ward_id, routed_organisation_id, description, media_url,
                        likely_duplicate_of, submitted_by_api_key, requested_at, updated_at)
                    values (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id),
                placed as (
                    insert into intake_request_place (request_id, place_id)
                    select request.id, place from request, unnest(?::uuid[]) as place on conflict do nothing),
                given as (
                    insert into intake_request_attribute (request_id, code, value)
                    select request.id, code, value
                      from request, unnest(?::varchar[], ?::varchar[]) as given (code, value)
                    on conflict do nothing),
                reporter as (
                    insert into intake_reporter (request_id, email, device_id, account_id, first_name, last_name,
                        phone)
                    select request.id, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar
                      from request)
                select id from request""")
                .params(report.token(), report.serviceCode(), jurisdictionId, report.latitude(), report.longitude(),
                        report.addressString(), report.addressId(), report.wardId(), report.routedOrganisationId(),
                        report.description(), report.mediaUrl(), report.likelyDuplicateOf(), apiKeyId,
                        Timestamp.from(report.requestedAt()), Timestamp.from(report.updatedAt()),
                        places.toArray(UUID[]::new), codes.toArray(String[]::new), values.toArray(String[]::new),
                        reporter.email(), reporter.deviceId(), reporter.accountId(), reporter.firstName(),
                        reporter.lastName(), reporter.phone())
                .query(Long.class).single();
    }

    public Optional<Report> find(long id) {
        return jdbc.sql("select " + COLUMNS + " where r.id = ?").param(id).query(RequestStore::report).optional();
    }

    public Optional<Report> byToken(UUID token) {
        return jdbc.sql("select " + COLUMNS + " where r.token = ?").param(token).query(RequestStore::report)
                .optional();
    }

    public List<Report> query(RequestQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (!query.ids().isEmpty()) {
            where.append(" and r.id = any (?)");
            params.add(query.ids().toArray(Long[]::new));
        } else {
            if (!query.serviceCodes().isEmpty()) {
                where.append(" and r.service_code = any (?)");
                params.add(query.serviceCodes().toArray(String[]::new));
            }
            if (!query.statuses().isEmpty()) {
                where.append(" and r.status = any (?)");
                params.add(query.statuses().toArray(String[]::new));
            }
            where.append(" and r.requested_at >= ? and r.requested_at <= ?");
            params.add(Timestamp.from(query.from()));
            params.add(Timestamp.from(query.to()));
        }
        where.append(" order by r.requested_at desc, r.id desc limit ? offset ?");
        params.add(query.pageSize());
        params.add((long) (query.page() - 1) * query.pageSize());
        return jdbc.sql("select " + COLUMNS + where).params(params).query(RequestStore::report).list();
    }

    /** Reports of a service with a point inside the box, requested since the given time. */
    public List<Report> near(String serviceCode, double south, double north, double west, double east,
            Instant since) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 where r.service_code = ? and r.requested_at >= ? and r.latitude between ? and ?
                   and r.longitude between ? and ?""")
                .params(serviceCode, Timestamp.from(since), south, north, west, east)
                .query(RequestStore::report).list();
    }

    /**
     * The organisation dealing with this kind of service in each of the places that has one. The routes are read
     * whole and reused for 30 seconds, as the service list is: every report posted looks its places up (a change made
     * here is seen at once, see {@link #route}; one made by another server of the same database within 30 seconds).
     */
    public Map<UUID, UUID> routes(List<UUID> places, Service.Responsibility responsibility) {
        Map<UUID, UUID> routes = new java.util.HashMap<>();
        Map<String, UUID> all = allRoutes();
        for (UUID place : places) {
            UUID organisation = all.get(place + "/" + responsibility.name());
            if (organisation != null) {
                routes.put(place, organisation);
            }
        }
        return routes;
    }

    public void route(UUID place, Service.Responsibility responsibility, UUID organisation) {
        jdbc.sql("""
                insert into intake_route (place_id, responsibility, organisation_id) values (?, ?, ?)
                on conflict (place_id, responsibility) do update set organisation_id = excluded.organisation_id""")
                .params(place, responsibility.name(), organisation).update();
        forgetRoutes();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            forgetRoutes();
                        }
                    });
        }
    }

    private Map<String, UUID> allRoutes() {
        KeptRoutes now = keptRoutes;
        if (now != null && System.nanoTime() - now.readAt() < ROUTES_KEPT_NANOS) {
            return now.routes();
        }
        long seen = routeChanges.get();
        long readAt = System.nanoTime();
        Map<String, UUID> read = new java.util.HashMap<>();
        jdbc.sql("select place_id, responsibility, organisation_id from intake_route")
                .query((rs, row) -> read.put(rs.getObject(1, UUID.class) + "/" + rs.getString(2),
                        rs.getObject(3, UUID.class)))
                .list();
        Map<String, UUID> routes = Map.copyOf(read);
        if (routeChanges.get() == seen) {
            keptRoutes = new KeptRoutes(routes, readAt);
        }
        return routes;
    }

    private void forgetRoutes() {
        routeChanges.incrementAndGet();
        keptRoutes = null;
    }

    private record KeptRoutes(Map<String, UUID> routes, long readAt) {
    }

    /** Records an update; it becomes the report's state only if it is not older than the state it has. */
    public long addUpdate(long requestId, String status, String description, String mediaUrl,
            String externalUpdateId, String source, Instant updatedAt, Instant now) {
        long updateId = jdbc.sql("""
                insert into intake_update (request_id, status, description, media_url, external_update_id, source,
                    updated_at, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning update_id""")
                .params(requestId, status, description, mediaUrl, externalUpdateId, source,
                        Timestamp.from(updatedAt), Timestamp.from(now))
                .query(Long.class).single();
        jdbc.sql("""
                update intake_request set status = ?, status_notes = ?, updated_at = ?
                 where id = ? and updated_at <= ?""")
                .params(status, description, Timestamp.from(updatedAt), requestId, Timestamp.from(updatedAt))
                .update();
        return updateId;
    }

    /** Updates whose time lies in the period, in update_id order. */
    public List<StatusUpdate> updates(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                select update_id, request_id, status, description, media_url, updated_at from intake_update
                 where updated_at >= ? and updated_at <= ? order by update_id limit ?""")
                .params(Timestamp.from(from), Timestamp.from(to), limit)
                .query((rs, row) -> new StatusUpdate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    private static Report report(ResultSet rs, int row) throws SQLException {
        return new Report(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), (Double) rs.getObject(7), (Double) rs.getObject(8), rs.getString(9),
                rs.getString(10), rs.getObject(11, UUID.class), rs.getObject(12, UUID.class), rs.getString(13),
                rs.getString(14), (Long) rs.getObject(15), rs.getTimestamp(16).toInstant(),
                rs.getTimestamp(17).toInstant());
    }
}
