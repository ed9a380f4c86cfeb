package uk.saferhub.geography;

/**
 * How a shape on a map is shaded; each is a CSS class in saferhub.css (the CSP forbids inline styles). The five
 * steps of {@code STEP_0}..{@code STEP_4} run from light to dark for a quantity (PCSOs per ward, say); the coverage
 * shades differ in fill and in border (dashed for uncovered, heavy for overlap), so a map reads without colour too.
 */
public enum MapShade {
    STEP_0("map-shade-0"),
    STEP_1("map-shade-1"),
    STEP_2("map-shade-2"),
    STEP_3("map-shade-3"),
    STEP_4("map-shade-4"),
    COVERED("map-covered"),
    UNCOVERED("map-uncovered"),
    OVERLAP("map-overlap"),
    /** A plain outline on a light fill: places shown without a category. */
    OUTLINE("map-outline"),
    /** The place the map is about, drawn as a heavy border over everything else and not filled. */
    FOCUS("map-focus");

    private final String cssClass;

    MapShade(String cssClass) {
        this.cssClass = cssClass;
    }

    public String cssClass() {
        return cssClass;
    }

    /** The step for a value in 0..max, in five steps (0 alone in the lightest). */
    public static MapShade step(double value, double max) {
        if (value <= 0 || max <= 0) {
            return STEP_0;
        }
        int step = 1 + (int) Math.min(3, Math.floor(4 * Math.min(value, max) / max - 1e-9));
        return values()[step];
    }
}
