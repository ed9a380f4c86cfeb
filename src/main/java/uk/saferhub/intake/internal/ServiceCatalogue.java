package uk.saferhub.intake.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The services residents may report, with their attributes and the values of list attributes, in SQL. */
@Repository
public class ServiceCatalogue {

    /** How long a read of the list is reused: every report posted looks its service up. */
    private static final long KEPT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    private final JdbcClient jdbc;
    private volatile Kept kept;

    ServiceCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The active services in their order. Read once and reused for 30 seconds (at once after a change made here, see
     * {@link #forget()}; another server of the same database sees a change within 30 seconds).
     */
    public List<Service> services() {
        Kept now = kept;
        if (now != null && System.nanoTime() - now.readAt() < KEPT_NANOS) {
            return now.services();
        }
        List<Service> read = List.copyOf(read());
        kept = new Kept(read, System.nanoTime());
        return read;
    }

    /** Forgets the list read, so the next look-up reads the changed list. */
    public void forget() {
        kept = null;
    }

    private record Kept(List<Service> services, long readAt) {
    }

    private List<Service> read() {
        Map<String, List<Service.Attribute>> attributes = attributes();
        return jdbc.sql("""
                select code, name, description, group_name, keywords, type, responsibility
                  from intake_service where active order by position, code""")
                .query((rs, row) -> new Service(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Service.Responsibility.valueOf(rs.getString(7)),
                        attributes.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    public Optional<Service> service(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return services().stream().filter(service -> service.code().equals(code)).findFirst();
    }

    private Map<String, List<Service.Attribute>> attributes() {
        Map<String, List<Service.Value>> values = new LinkedHashMap<>();
        jdbc.sql("""
                select service_code, attribute_code, key, name from intake_attribute_value
                 order by service_code, attribute_code, position""")
                .query((rs, row) -> values.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2),
                        ignored -> new ArrayList<>()).add(new Service.Value(rs.getString(3), rs.getString(4))))
                .list();
        Map<String, List<Service.Attribute>> attributes = new LinkedHashMap<>();
        jdbc.sql("""
                select service_code, code, position, variable, datatype, required, datatype_description, description
                  from intake_service_attribute order by service_code, position, code""")
                .query((rs, row) -> attributes.computeIfAbsent(rs.getString(1), ignored -> new ArrayList<>())
                        .add(new Service.Attribute(rs.getString(2), rs.getInt(3), rs.getBoolean(4), rs.getString(5),
                                rs.getBoolean(6), rs.getString(7), rs.getString(8),
                                List.copyOf(values.getOrDefault(rs.getString(1) + "/" + rs.getString(2),
                                        List.of())))))
                .list();
        return attributes;
    }
}
