package uk.saferhub.geography.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;

/** The list of places: how many of each type, and a page of places filtered by type and name or code. */
@Repository
public class PlaceCatalogue {

    private static final String TYPE_ORDER = java.util.Arrays.stream(PlaceType.values())
            .map(type -> "when '" + type.name() + "' then " + type.ordinal())
            .collect(Collectors.joining(" ", "case p.type ", " end"));

    private final JdbcClient jdbc;

    PlaceCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A place in the list, with the name of the place it is part of. */
    public record Row(Place place, String parentName) {
    }

    /** One page of the places matching, and how many match in all. */
    public record Page(List<Row> rows, int total) {
    }

    public Map<PlaceType, Integer> countsByType() {
        Map<PlaceType, Integer> counts = new EnumMap<>(PlaceType.class);
        jdbc.sql("select type, count(*) from place group by type")
                .query((rs, row) -> counts.put(PlaceType.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    /** Places of the type (any when null) whose name or code contains {@code text} (any when blank). */
    public Page search(PlaceType type, String text, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (type != null) {
            where.append(" and p.type = ?");
            params.add(type.name());
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(p.name) like ? or lower(p.code) like ?)");
            String pattern = "%" + text.strip().toLowerCase(Locale.UK).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            params.add(pattern);
            params.add(pattern);
        }
        int total = jdbc.sql("select count(*) from place p" + where).params(params).query(Integer.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(limit);
        pageParams.add(offset);
        List<Row> rows = jdbc.sql("""
                select p.id, p.type, p.code, p.name, p.parent_id, p.area_sq_km, p.population, p.made_of_wards,
                    p.source, p.geometry is not null as has_boundary, parent.name as parent_name
                from place p left join place parent on parent.id = p.parent_id""" + where
                + " order by " + TYPE_ORDER + ", lower(p.name), p.code limit ? offset ?")
                .params(pageParams)
                .query((rs, row) -> new Row(PlaceStore.place(rs, row), rs.getString("parent_name"))).list();
        return new Page(rows, total);
    }
}
