package uk.saferhub.geography;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import uk.saferhub.geography.internal.MapProjection;

/**
 * Draws places as an SVG map on the server, for any module's pages:
 *
 * <pre>{@code
 * MapDrawing map = MapSvg.map("coverage-map", "Ward coverage in Huntingdonshire")
 *         .description("Wards shaded by how many schemes cover them; the table below gives the same.")
 *         .shape(ward.id(), ward.name(), boundary, MapShade.COVERED, "/places/" + ward.id(), "covered by 1 scheme")
 *         .legend(MapShade.COVERED, "Covered by one scheme")
 *         .draw();
 * }</pre>
 *
 * and in the template {@code <div th:replace="~{partials/map :: map(${map})}"></div>}. Shapes are drawn in the
 * order given. The page shows the same facts in a table beside the map.
 */
public final class MapSvg {

    private final String id;
    private final String title;
    private String description = "";
    private double maxWidth = 640;
    private double maxHeight = 560;
    private final List<MapShape> shapes = new ArrayList<>();
    private final List<MapMarker> markers = new ArrayList<>();
    private final Map<MapShade, String> legend = new LinkedHashMap<>();

    private MapSvg(String id, String title) {
        if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a map id is lower-case letters, digits and hyphens");
        }
        this.id = id;
        this.title = title;
    }

    /** A new map; {@code id} must be unique on the page. */
    public static MapSvg map(String id, String title) {
        return new MapSvg(id, title);
    }

    /** What the map shows, read by screen readers after the title. */
    public MapSvg description(String text) {
        this.description = text == null ? "" : text;
        return this;
    }

    /** The largest size in view-box units (default 640 by 560); the map keeps its proportions inside it. */
    public MapSvg size(double width, double height) {
        this.maxWidth = width;
        this.maxHeight = height;
        return this;
    }

    /** A place; {@code href} may be null (not a link), {@code note} adds to its name in its title (may be null). */
    public MapSvg shape(UUID placeId, String name, Geometry boundary, MapShade shade, String href, String note) {
        shapes.add(new MapShape(placeId, name, boundary, shade, href, note));
        return this;
    }

    public MapSvg shape(MapShape shape) {
        shapes.add(shape);
        return this;
    }

    /** A marked point, such as a located coordinate. */
    public MapSvg marker(double latitude, double longitude, String label) {
        markers.add(new MapMarker(latitude, longitude, label, 7));
        return this;
    }

    /** A marked point drawn as a circle of the radius given in view-box units, such as one sized by a count. */
    public MapSvg marker(double latitude, double longitude, String label, double radius) {
        markers.add(new MapMarker(latitude, longitude, label, radius));
        return this;
    }

    /** A legend line for a shade; its count is the number of shapes drawn in it. Lines keep the order added. */
    public MapSvg legend(MapShade shade, String label) {
        legend.put(shade, label);
        return this;
    }

    public MapDrawing draw() {
        Envelope extent = new Envelope();
        for (MapShape shape : shapes) {
            if (shape.boundary() != null) {
                extent.expandToInclude(shape.boundary().getEnvelopeInternal());
            }
        }
        markers.forEach(marker -> extent.expandToInclude(marker.longitude(), marker.latitude()));
        MapProjection projection = new MapProjection(extent, maxWidth, maxHeight, 4);
        List<MapDrawing.Shape> drawn = new ArrayList<>();
        for (MapShape shape : shapes) {
            if (shape.boundary() == null || shape.boundary().isEmpty()) {
                continue;
            }
            String path = projection.path(shape.boundary());
            if (!path.isEmpty()) {
                drawn.add(new MapDrawing.Shape(shape.placeId(), shape.name(), path, shape.shade().cssClass(),
                        shape.href(), shape.note() == null || shape.note().isBlank() ? shape.name()
                                : shape.name() + ": " + shape.note()));
            }
        }
        List<MapDrawing.Marker> points = markers.stream().map(marker -> new MapDrawing.Marker(
                round(projection.x(marker.longitude())), round(projection.y(marker.latitude())), marker.label(),
                marker.radius()))
                .toList();
        List<MapDrawing.LegendEntry> lines = new ArrayList<>();
        legend.forEach((shade, label) -> lines.add(new MapDrawing.LegendEntry(shade.cssClass(), label,
                (int) drawn.stream().filter(shape -> shape.cssClass().equals(shade.cssClass())).count())));
        boolean linked = drawn.stream().anyMatch(shape -> shape.href() != null);
        return new MapDrawing(id, title, description, projection.viewBox(), drawn, points, lines, linked);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A place to draw: its boundary, shade, link (or null) and a note added to its name (or null). */
    public record MapShape(UUID placeId, String name, Geometry boundary, MapShade shade, String href, String note) {
    }

    /** A point to mark on the map. */
    public record MapMarker(double latitude, double longitude, String label, double radius) {
    }
}
