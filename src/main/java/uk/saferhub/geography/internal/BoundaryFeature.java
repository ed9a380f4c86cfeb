package uk.saferhub.geography.internal;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a boundary file: its position in the file (from 1), its properties as text and its boundary, valid
 * (repaired when it was not, with {@code repair} saying what was wrong).
 */
public record BoundaryFeature(int number, Map<String, String> properties, Geometry geometry, String repair) {

    public BoundaryFeature {
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }

    /** A property's value, or null when the feature does not carry it. */
    public String property(String name) {
        return name == null ? null : properties.get(name);
    }

    public boolean repaired() {
        return repair != null;
    }
}
