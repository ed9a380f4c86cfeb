package uk.saferhub.crimedata.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.stereotype.Component;

import uk.saferhub.crimedata.CrimeHotspots;
import uk.saferhub.crimedata.CrimeHotspots.HotCell;
import uk.saferhub.crimedata.CrimeSummary;
import uk.saferhub.crimedata.CrimeSummary.Figure;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.MapDrawing;
import uk.saferhub.geography.MapShade;
import uk.saferhub.geography.MapSvg;
import uk.saferhub.geography.Place;
import uk.saferhub.shared.web.PageWords;

/**
 * The crime maps, drawn on the server: the place's wards shaded by their count (each a link to its own analysis), and
 * the hot spots: the significant Gi* cells shaded by confidence over the ward outlines. The page shows the same in
 * the tables beside them.
 */
@Component
class CrimeMaps {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Geography geography;
    private final PageWords words;

    CrimeMaps(Geography geography, PageWords words) {
        this.geography = geography;
        this.words = words;
    }

    /** The wards of the summary shaded by count; null when the query has no place (a force's wards are many). */
    MapDrawing wards(CrimeSummary summary, String queryWithoutPlace) {
        if (summary.query().placeId() == null) {
            return null;
        }
        List<Place> wards = geography.wardsWithin(summary.query().placeId());
        Map<UUID, Geometry> boundaries = geography.boundaries(wards.stream().map(Place::id).toList());
        Map<String, Long> counts = new java.util.HashMap<>();
        summary.wards().forEach(figure -> counts.put(figure.key(), figure.count().now()));
        long[] sorted = wards.stream().mapToLong(ward -> counts.getOrDefault(ward.id().toString(), 0L)).sorted()
                .toArray();
        MapSvg map = MapSvg.map("crime-ward-map", words.text("crime.map.wards.title", summary.placeName()))
                .description(words.text("crime.map.wards.description"));
        for (Place ward : wards) {
            long count = counts.getOrDefault(ward.id().toString(), 0L);
            map.shape(ward.id(), ward.name(), boundaries.get(ward.id()), quintile(count, sorted),
                    "/crime?place=" + ward.id() + queryWithoutPlace, words.text("crime.map.wards.note", count));
        }
        legend(map);
        return map.draw();
    }

    /** The significant hot cells over the place's ward outlines; null with no place or no cells. */
    MapDrawing hotspots(CrimeHotspots hotspots, String placeName) {
        if (hotspots.query().placeId() == null) {
            return null;
        }
        List<Place> wards = geography.wardsWithin(hotspots.query().placeId());
        Map<UUID, Geometry> boundaries = geography.boundaries(wards.stream().map(Place::id).toList());
        MapSvg map = MapSvg.map("crime-hotspot-map", words.text("crime.map.hot.title", placeName))
                .description(words.text("crime.map.hot.description", hotspots.cellMetres()));
        for (Place ward : wards) {
            map.shape(ward.id(), ward.name(), boundaries.get(ward.id()), MapShade.OUTLINE, null, null);
        }
        int rank = 0;
        for (HotCell cell : hotspots.hotCells()) {
            rank++;
            Geometry square = GEOMETRY.toGeometry(new Envelope(cell.west(), cell.east(), cell.south(), cell.north()));
            MapShade shade = cell.confidence() >= 99.9 ? MapShade.STEP_4
                    : cell.confidence() >= 99 ? MapShade.STEP_3 : MapShade.STEP_2;
            map.shape(null, words.text("crime.hot.cell", rank), square, shade, null,
                    words.text("crime.map.hot.note", format(cell.confidence()), cell.count(),
                            cell.place() == null ? "" : cell.place()));
        }
        map.legend(MapShade.OUTLINE, words.text("crime.map.hot.legend.ward"))
                .legend(MapShade.STEP_2, words.text("crime.map.hot.legend.95"))
                .legend(MapShade.STEP_3, words.text("crime.map.hot.legend.99"))
                .legend(MapShade.STEP_4, words.text("crime.map.hot.legend.999"));
        return map.draw();
    }

    /** The shade of a count among all the wards' counts (sorted): none, then the quarters from fewest to most. */
    static MapShade quintile(long count, long[] sorted) {
        if (count <= 0) {
            return MapShade.STEP_0;
        }
        int below = 0;
        while (below < sorted.length && sorted[below] < count) {
            below++;
        }
        int step = 1 + Math.min(3, (int) (4.0 * below / Math.max(1, sorted.length)));
        return MapShade.values()[step];
    }

    private void legend(MapSvg map) {
        map.legend(MapShade.STEP_0, words.text("crime.map.legend.none"))
                .legend(MapShade.STEP_1, words.text("crime.map.legend.few"))
                .legend(MapShade.STEP_2, words.text("crime.map.legend.some"))
                .legend(MapShade.STEP_3, words.text("crime.map.legend.more"))
                .legend(MapShade.STEP_4, words.text("crime.map.legend.most"));
    }

    static String format(double confidence) {
        return confidence == Math.rint(confidence) ? String.valueOf((long) confidence) : String.valueOf(confidence);
    }

    static List<Figure> top(List<Figure> figures, int most) {
        return figures.stream().limit(most).toList();
    }
}
