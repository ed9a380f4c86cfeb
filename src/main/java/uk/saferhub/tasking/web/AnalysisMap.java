package uk.saferhub.tasking.web;

import java.util.Map;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.MapDrawing;
import uk.saferhub.geography.MapShade;
import uk.saferhub.geography.MapSvg;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.tasking.internal.LocalAnalysis;
import uk.saferhub.tasking.internal.LocalFigures.Row;
import uk.saferhub.tasking.internal.LocalFigures.TopLocation;

/**
 * The analysis map, drawn on the server: the area's wards shaded by the cycle's count and a circle at each top
 * location sized by its count. The page shows the same in the tables beside it.
 */
@Component
class AnalysisMap {

    private static final double SMALLEST = 5;
    private static final double LARGEST = 18;

    private final Geography geography;
    private final PageWords words;

    AnalysisMap(Geography geography, PageWords words) {
        this.geography = geography;
        this.words = words;
    }

    MapDrawing draw(LocalAnalysis analysis) {
        MapSvg map = MapSvg.map("analysis-map", words.text("analysis.map.title", analysis.group().areaCovered()))
                .description(words.text("analysis.map.description"));
        Map<UUID, Geometry> boundaries = geography.boundaries(analysis.wardNames().keySet());
        long most = analysis.figures().wards().stream().mapToLong(Row::latest).max().orElse(0);
        for (Row ward : analysis.figures().wards()) {
            UUID id = UUID.fromString(ward.key());
            map.shape(id, ward.label(), boundaries.get(id), MapShade.step(ward.latest(), most), null,
                    words.text("analysis.map.wardNote", ward.latest()));
        }
        long biggest = analysis.figures().top().stream().mapToLong(TopLocation::count).max().orElse(1);
        for (TopLocation top : analysis.figures().top()) {
            if (top.latitude() != null) {
                double radius = SMALLEST + (LARGEST - SMALLEST) * Math.sqrt((double) top.count() / biggest);
                map.marker(top.latitude(), top.longitude(), words.text("analysis.map.locationNote",
                        label(top), top.count()), Math.round(radius * 10) / 10.0);
            }
        }
        map.legend(MapShade.STEP_0, words.text("analysis.map.legend.none"))
                .legend(MapShade.STEP_1, words.text("analysis.map.legend.few"))
                .legend(MapShade.STEP_2, words.text("analysis.map.legend.some"))
                .legend(MapShade.STEP_3, words.text("analysis.map.legend.more"))
                .legend(MapShade.STEP_4, words.text("analysis.map.legend.most"));
        return map.draw();
    }

    /** A top location as people read it: its named location, or its point. */
    String label(TopLocation top) {
        return top.location() != null ? top.location()
                : words.text("analysis.point", top.latitude(), top.longitude());
    }
}
