package uk.saferhub.geography;

import java.util.List;
import java.util.UUID;

/**
 * A map drawn on the server, ready for the {@code partials/map :: map(drawing)} fragment: SVG path data fitted to
 * the view box, a legend with counts and the boundary attribution. Made by {@link MapSvg}.
 *
 * @param id unique on the page; the fragment derives the title's and description's ids from it
 * @param linked whether any shape is a link (then the SVG is a group of links rather than one image)
 */
public record MapDrawing(String id, String title, String description, String viewBox, List<Shape> shapes,
        List<Marker> markers, List<LegendEntry> legend, boolean linked) {

    /** The attribution the Open Government Licence asks for wherever ONS and OS boundaries are drawn. */
    public static final String ATTRIBUTION = "Contains National Statistics data © Crown copyright and database "
            + "right; Contains OS data © Crown copyright and database right. Source: Office for National Statistics "
            + "licensed under the Open Government Licence v3.0.";

    public MapDrawing {
        shapes = List.copyOf(shapes);
        markers = List.copyOf(markers);
        legend = List.copyOf(legend);
    }

    /** The SVG's ARIA role: one image, or a group when it holds links (an image's children are not reachable). */
    public String role() {
        return linked ? "group" : "img";
    }

    public String attribution() {
        return ATTRIBUTION;
    }

    /** One place drawn: its path data in view-box units, its CSS class, and where it links (or null). */
    public record Shape(UUID placeId, String name, String path, String cssClass, String href, String label) {
    }

    /** A marked point in view-box units, drawn as a circle of {@code radius} (7 unless sized by a count). */
    public record Marker(double x, double y, String label, double radius) {

        public Marker(double x, double y, String label) {
            this(x, y, label, 7);
        }
    }

    /** One line of the legend: a swatch of the class, the label and how many shapes carry it. */
    public record LegendEntry(String cssClass, String label, int count) {
    }
}
