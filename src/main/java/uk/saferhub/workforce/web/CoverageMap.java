package uk.saferhub.workforce.web;

import java.util.Map;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.MapDrawing;
import uk.saferhub.geography.MapShade;
import uk.saferhub.geography.MapSvg;
import uk.saferhub.workforce.internal.CoverageReport.WardCover;
import uk.saferhub.workforce.internal.CoverageReport;

/** Draws a coverage report's wards as a map, shaded covered, not covered or covered by several schemes. */
@Component
class CoverageMap {

    private final Geography geography;
    private final WorkforceNames names;

    CoverageMap(Geography geography, WorkforceNames names) {
        this.geography = geography;
        this.names = names;
    }

    /** The drawing for the page, or null when no ward has a boundary. */
    MapDrawing draw(CoverageReport report) {
        Map<UUID, Geometry> boundaries = geography.boundaries(report.wards().stream()
                .map(ward -> ward.ward().id()).toList());
        if (boundaries.isEmpty()) {
            return null;
        }
        int covered = report.covered().size();
        int overlapping = report.overlapping().size();
        int uncovered = report.uncovered().size();
        MapSvg map = MapSvg.map("coverage-map", names.text("workforce.coverage.map.title", report.place().name()))
                .description(names.text("workforce.coverage.map.description", covered, report.wards().size(),
                        uncovered, overlapping));
        for (WardCover ward : report.wards()) {
            Geometry boundary = boundaries.get(ward.ward().id());
            if (boundary != null) {
                map.shape(ward.ward().id(), ward.ward().name(), boundary, shade(ward),
                        "/places/" + ward.ward().id(), names.text("workforce.coverage.state." + state(ward)));
            }
        }
        return map.legend(MapShade.COVERED, names.text("workforce.coverage.state.covered"))
                .legend(MapShade.OVERLAP, names.text("workforce.coverage.state.overlapping"))
                .legend(MapShade.UNCOVERED, names.text("workforce.coverage.state.notCovered"))
                .draw();
    }

    /** The message suffix of a ward's coverage: covered, notCovered or overlapping. */
    static String state(WardCover ward) {
        return !ward.covered() ? "notCovered" : ward.overlapping() ? "overlapping" : "covered";
    }

    private static MapShade shade(WardCover ward) {
        return !ward.covered() ? MapShade.UNCOVERED : ward.overlapping() ? MapShade.OVERLAP : MapShade.COVERED;
    }
}
