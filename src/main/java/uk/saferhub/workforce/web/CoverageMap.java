package uk.saferhub.workforce.web;

import java.util.Map;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.MapDrawing;
import uk.saferhub.geography.MapShade;
import uk.saferhub.geography.MapSvg;
import uk.saferhub.workforce.CoverageReport;
import uk.saferhub.workforce.CoverageReport.WardCover;

/** Draws a coverage report's wards as a map, shaded covered, not covered or covered by several schemes. */
@Component
class CoverageMap {

    private final Geography geography;

    CoverageMap(Geography geography) {
        this.geography = geography;
    }

    /** The drawing for the page, or null when no ward has a boundary. */
    MapDrawing draw(CoverageReport report) {
        Map<UUID, Geometry> boundaries = geography.boundaries(report.wards().stream()
                .map(ward -> ward.ward().id()).toList());
        if (boundaries.isEmpty()) {
            return null;
        }
        MapSvg map = MapSvg.map("coverage-map", "Ward coverage of " + report.place().name())
                .description(report.covered().size() + " of " + report.wards().size() + " wards covered, "
                        + report.uncovered().size() + " not covered, " + report.overlapping().size()
                        + " covered by several schemes. The table below lists every ward.");
        for (WardCover ward : report.wards()) {
            Geometry boundary = boundaries.get(ward.ward().id());
            if (boundary != null) {
                map.shape(ward.ward().id(), ward.ward().name(), boundary, shade(ward),
                        "/places/" + ward.ward().id(), ward.state());
            }
        }
        return map.legend(MapShade.COVERED, "Covered (" + (report.covered().size() - report.overlapping().size())
                        + ")")
                .legend(MapShade.OVERLAP, "Covered by several schemes (" + report.overlapping().size() + ")")
                .legend(MapShade.UNCOVERED, "Not covered (" + report.uncovered().size() + ")")
                .draw();
    }

    private static MapShade shade(WardCover ward) {
        return !ward.covered() ? MapShade.UNCOVERED : ward.overlapping() ? MapShade.OVERLAP : MapShade.COVERED;
    }
}
