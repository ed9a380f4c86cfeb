package uk.saferhub.geography.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;

/** Places in SQL; boundaries are WGS84 geometries stored as WKB (SRID 4326). */
@Repository
public class PlaceStore {

    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private static final String COLUMNS = """
            id, type, code, name, parent_id, area_sq_km, population, made_of_wards, source,
            geometry is not null as has_boundary""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PlaceStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Place> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from place where id = ?").param(id).query(PlaceStore::place)
                .optional();
    }

    public Optional<Place> find(PlaceType type, String code) {
        return jdbc.sql("select " + COLUMNS + " from place where type = ? and code = ?").params(type.name(), code)
                .query(PlaceStore::place).optional();
    }

    /** Places with this code, of any type. */
    public List<Place> withCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from place where code = ? order by type").param(code)
                .query(PlaceStore::place).list();
    }

    public List<Place> ofType(PlaceType type) {
        return jdbc.sql("select " + COLUMNS + " from place where type = ? order by lower(name)").param(type.name())
                .query(PlaceStore::place).list();
    }

    public List<Place> all() {
        return jdbc.sql("select " + COLUMNS + " from place order by type, lower(name)").query(PlaceStore::place)
                .list();
    }

    public List<Place> children(UUID parent) {
        return jdbc.sql("select " + COLUMNS + " from place where parent_id = ? order by type, lower(name)")
                .param(parent).query(PlaceStore::place).list();
    }

    /** Every place below this one in the hierarchy, at any depth. */
    public List<Place> descendants(UUID ancestor) {
        return jdbc.sql("""
                with recursive below(id) as (
                    select id from place where parent_id = :id
                    union select p.id from place p join below b on p.parent_id = b.id)
                select %s from place where id in (select id from below) order by type, lower(name)"""
                .formatted(COLUMNS)).param("id", ancestor).query(PlaceStore::place).list();
    }

    /** The wards an area is made of. */
    public List<Place> wardsOf(UUID area) {
        return jdbc.sql("""
                select %s from place where id in (select ward_id from place_ward where area_id = ?)
                order by lower(name)""".formatted(COLUMNS)).param(area).query(PlaceStore::place).list();
    }

    /** The areas made of wards that include this ward. */
    public List<Place> areasIncluding(UUID ward) {
        return jdbc.sql("""
                select %s from place where id in (select area_id from place_ward where ward_id = ?)
                order by type, lower(name)""".formatted(COLUMNS)).param(ward).query(PlaceStore::place).list();
    }

    /** For every ward in an area made of wards, those areas in the order of {@link #areasIncluding}. */
    public java.util.Map<UUID, List<Place>> areasByWard() {
        java.util.Map<UUID, List<Place>> areas = new java.util.HashMap<>();
        jdbc.sql("""
                select w.ward_id, %s from place_ward w join place on place.id = w.area_id
                order by w.ward_id, type, lower(name)""".formatted(COLUMNS))
                .query((rs, row) -> areas.computeIfAbsent(rs.getObject("ward_id", UUID.class),
                        ignored -> new java.util.ArrayList<>()).add(place(rs, row)))
                .list();
        return areas;
    }

    public Optional<Geometry> boundary(UUID id) {
        return jdbc.sql("select geometry from place where id = ? and geometry is not null").param(id)
                .query((rs, row) -> read(rs.getBytes(1))).optional();
    }

    /** Boundaries of the given places, by id (places without one are left out). */
    public java.util.Map<UUID, Geometry> boundaries(Collection<UUID> ids) {
        java.util.Map<UUID, Geometry> found = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, geometry from place where id in (:ids) and geometry is not null").param("ids", ids)
                .query((rs, row) -> found.put(rs.getObject(1, UUID.class), read(rs.getBytes(2)))).list();
        return found;
    }

    public void insert(Place place, Geometry geometry, Instant now) {
        jdbc.sql("""
                insert into place (id, type, code, name, parent_id, geometry, area_sq_km, population, made_of_wards,
                    source, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(place.id(), place.type().name(), place.code(), place.name(), place.parentId(),
                        write(geometry), place.areaSqKm(), place.population(), place.madeOfWards(), place.source(),
                        Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    public void update(Place place, Geometry geometry, Instant now) {
        jdbc.sql("""
                update place set name = ?, parent_id = ?, geometry = ?, area_sq_km = ?, population = ?,
                    made_of_wards = ?, source = ?, updated_at = ? where id = ?""")
                .params(place.name(), place.parentId(), write(geometry), place.areaSqKm(), place.population(),
                        place.madeOfWards(), place.source(), Timestamp.from(now), place.id())
                .update();
    }

    /** Changes a place's type and code (an area made of wards may be re-typed, say a patrol area to a trial area). */
    public void retype(UUID id, PlaceType type, String code) {
        jdbc.sql("update place set type = ?, code = ? where id = ?").params(type.name(), code, id).update();
    }

    public void replaceWards(UUID area, Collection<UUID> wards) {
        jdbc.sql("delete from place_ward where area_id = ?").param(area).update();
        for (UUID ward : wards) {
            jdbc.sql("insert into place_ward (area_id, ward_id) values (?, ?)").params(area, ward).update();
        }
        // the locator keeps the areas of each ward with its index: it reads them again after this commits
        events.publishEvent(new PlacesChanged(0, 1));
    }

    /** Raw WKB of every place with a boundary, for building the spatial index. */
    public void forEachBoundary(BoundaryConsumer consumer) {
        jdbc.sql("select " + COLUMNS + ", geometry from place where geometry is not null").query((rs, row) -> {
            consumer.accept(place(rs, row), read(rs.getBytes("geometry")));
            return null;
        }).list();
    }

    /** Receives each place with its boundary. */
    @FunctionalInterface
    public interface BoundaryConsumer {
        void accept(Place place, Geometry boundary);
    }

    static Place place(ResultSet rs, int row) throws SQLException {
        return new Place(rs.getObject("id", UUID.class), PlaceType.valueOf(rs.getString("type")),
                rs.getString("code"), rs.getString("name"), rs.getObject("parent_id", UUID.class),
                (Double) rs.getObject("area_sq_km"), (Integer) rs.getObject("population"),
                rs.getBoolean("made_of_wards"), rs.getBoolean("has_boundary"), rs.getString("source"));
    }

    public static byte[] write(Geometry geometry) {
        return geometry == null ? null : new WKBWriter(2, true).write(geometry);
    }

    public static Geometry read(byte[] wkb) {
        try {
            return wkb == null ? null : new WKBReader(WGS84).read(wkb);
        } catch (ParseException corrupt) {
            throw new IllegalStateException("A stored boundary cannot be read", corrupt);
        }
    }
}
