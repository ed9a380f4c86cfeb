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

    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a checked report with its places, attributes and reporter; answers its number. */
    public long insert(Report report, List<UUID> places, Map<String, List<String>> attributes, Reporter reporter,
            String jurisdictionId, UUID apiKeyId) {
        long id = jdbc.sql("""
                insert into intake_request (token, service_code, jurisdiction_id, status, latitude, longitude,
                    address_string, address_id, ward_id, routed_organisation_id, description, media_url,
                    likely_duplicate_of, submitted_by_api_key, requested_at, updated_at)
                values (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(report.token(), report.serviceCode(), jurisdictionId, report.latitude(), report.longitude(),
                        report.addressString(), report.addressId(), report.wardId(), report.routedOrganisationId(),
                        report.description(), report.mediaUrl(), report.likelyDuplicateOf(), apiKeyId,
                        Timestamp.from(report.requestedAt()), Timestamp.from(report.updatedAt()))
                .query(Long.class).single();
        if (!places.isEmpty()) {
            jdbc.sql("""
                    insert into intake_request_place (request_id, place_id)
                    select ?, place from unnest(?::uuid[]) as place on conflict do nothing""")
                    .params(id, places.toArray(UUID[]::new)).update();
        }
        List<String> codes = new ArrayList<>();
        List<String> values = new ArrayList<>();
        attributes.forEach((code, given) -> given.forEach(value -> {
            codes.add(code);
            values.add(value);
        }));
        if (!codes.isEmpty()) {
            jdbc.sql("""
                    insert into intake_request_attribute (request_id, code, value)
                    select ?, code, value from unnest(?::varchar[], ?::varchar[]) as given (code, value)
                    on conflict do nothing""")
                    .params(id, codes.toArray(String[]::new), values.toArray(String[]::new)).update();
        }
        jdbc.sql("""
                insert into intake_reporter (request_id, email, device_id, account_id, first_name, last_name, phone)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reporter.email(), reporter.deviceId(), reporter.accountId(), reporter.firstName(),
                        reporter.lastName(), reporter.phone())
                .update();
        return id;
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

    /** The organisation dealing with this kind of service in each of the places that has one. */
    public Map<UUID, UUID> routes(List<UUID> places, Service.Responsibility responsibility) {
        Map<UUID, UUID> routes = new java.util.HashMap<>();
        if (places.isEmpty()) {
            return routes;
        }
        jdbc.sql("select place_id, organisation_id from intake_route where place_id = any (?) and responsibility = ?")
                .params(places.toArray(UUID[]::new), responsibility.name())
                .query((rs, row) -> routes.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        return routes;
    }

    public void route(UUID place, Service.Responsibility responsibility, UUID organisation) {
        jdbc.sql("""
                insert into intake_route (place_id, responsibility, organisation_id) values (?, ?, ?)
                on conflict (place_id, responsibility) do update set organisation_id = excluded.organisation_id""")
                .params(place, responsibility.name(), organisation).update();
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
