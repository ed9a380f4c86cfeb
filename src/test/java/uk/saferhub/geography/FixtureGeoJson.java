package uk.saferhub.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.geography.internal.PlaceStore;

/**
 * A tiny GeoJSON reader for tests and the locate benchmark only: FeatureCollections of Polygon and MultiPolygon
 * features with their properties as text. The application's own import reads GeoJSON with its checks; this does not.
 */
public final class FixtureGeoJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FixtureGeoJson() {
    }

    /** A feature: its properties as text and its boundary (WGS84, x = longitude). */
    public record Feature(Map<String, String> properties, Geometry boundary) {

        public String property(String name) {
            return properties.get(name);
        }
    }

    public static List<Feature> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Feature> read(InputStream in) {
        JsonNode root = JSON.readTree(in);
        List<Feature> features = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            Map<String, String> properties = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> property : feature.path("properties").properties()) {
                properties.put(property.getKey(), property.getValue().isNull() ? null : property.getValue().asString());
            }
            Geometry boundary = geometry(feature.path("geometry"));
            if (boundary != null) {
                features.add(new Feature(properties, boundary));
            }
        }
        return features;
    }

    private static Geometry geometry(JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        return switch (geometry.path("type").asString("")) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                coordinates.forEach(part -> parts.add(polygon(part)));
                yield PlaceStore.WGS84.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default -> null;
        };
    }

    private static Polygon polygon(JsonNode rings) {
        List<LinearRing> all = new ArrayList<>();
        rings.forEach(ring -> all.add(PlaceStore.WGS84.createLinearRing(coordinates(ring))));
        return PlaceStore.WGS84.createPolygon(all.getFirst(), all.subList(1, all.size()).toArray(LinearRing[]::new));
    }

    private static Coordinate[] coordinates(JsonNode ring) {
        Coordinate[] points = new Coordinate[ring.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
        }
        return points;
    }
}
