package uk.saferhub.geography.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.geography.GeographyChangeRefused;

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature) of Polygon and MultiPolygon boundaries in WGS84
 * longitude/latitude into JTS geometries. Anything else is refused naming the feature at fault; invalid polygons
 * (a self-intersection, say) are repaired with {@link GeometryFixer} and the repair noted on the feature.
 */
@Component
public class GeoJsonReader {

    private final JsonMapper json;

    public GeoJsonReader(JsonMapper json) {
        this.json = json;
    }

    /**
     * Reads a boundary file; {@code labelProperty} (may be null) names each feature in messages beside its number.
     *
     * @throws GeographyChangeRefused for the field "file" when the file is not a boundary file this can import
     */
    public BoundaryFile read(byte[] content, String labelProperty) {
        if (content == null || content.length == 0) {
            throw refused("geography.import.file.empty");
        }
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException notJson) {
            // Where, not the parser's own words: those name its settings ("enable JsonReadFeature...").
            var at = notJson.getLocation();
            throw at == null || at.getLineNr() < 1 ? refused("geography.import.file.notJson")
                    : refused("geography.import.file.notJsonAt", String.valueOf(at.getLineNr()),
                            String.valueOf(at.getColumnNr()));
        }
        if (root == null || !root.isObject()) {
            throw refused("geography.import.file.notObject");
        }
        String type = root.path("type").asString("");
        List<JsonNode> features = new ArrayList<>();
        if ("FeatureCollection".equals(type)) {
            JsonNode list = root.get("features");
            if (list == null || !list.isArray()) {
                throw refused("geography.import.file.noFeatureList");
            }
            list.forEach(features::add);
        } else if ("Feature".equals(type)) {
            features.add(root);
        } else {
            throw type.isEmpty() ? refused("geography.import.file.typeMissing")
                    : refused("geography.import.file.wrongType", shorten(type));
        }
        if (features.isEmpty()) {
            throw refused("geography.import.file.noFeatures");
        }
        Set<String> names = new LinkedHashSet<>();
        List<BoundaryFeature> read = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            Map<String, String> properties = properties(features.get(i));
            names.addAll(properties.keySet());
            read.add(feature(i + 1, features.get(i), properties, labelProperty));
        }
        return new BoundaryFile(List.copyOf(names), read);
    }

    private BoundaryFeature feature(int number, JsonNode node, Map<String, String> properties, String labelProperty) {
        String labelValue = labelProperty == null ? null : properties.get(labelProperty);
        MessageSourceResolvable label = labelValue != null && !labelValue.isBlank()
                ? words("geography.import.feature.named", String.valueOf(number), shorten(labelValue))
                : words("geography.import.feature", String.valueOf(number));
        if (!node.isObject() || !"Feature".equals(node.path("type").asString(""))) {
            throw refused("geography.import.feature.notFeature", label);
        }
        Geometry geometry = geometry(node.get("geometry"), label);
        IsValidOp validity = new IsValidOp(geometry);
        if (validity.isValid()) {
            return new BoundaryFeature(number, properties, geometry, null);
        }
        TopologyValidationError error = validity.getValidationError();
        String problem = error.getMessage().toLowerCase(Locale.UK);
        Geometry fixed = polygonal(GeometryFixer.fix(geometry));
        if (fixed.isEmpty()) {
            throw refused("geography.import.feature.unrepairable", label, problem);
        }
        String at = error.getCoordinate() == null ? "" : " at " + position(error.getCoordinate());
        return new BoundaryFeature(number, properties, fixed, "repaired: " + problem + at);
    }

    private static Map<String, String> properties(JsonNode feature) {
        Map<String, String> properties = new LinkedHashMap<>();
        JsonNode node = feature.path("properties");
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                JsonNode value = property.getValue();
                properties.put(property.getKey(), value == null || value.isNull() ? null
                        : value.isValueNode() ? value.asString() : value.toString());
            }
        }
        return properties;
    }

    private static Geometry geometry(JsonNode geometry, MessageSourceResolvable label) {
        if (geometry == null || geometry.isNull() || !geometry.isObject()) {
            throw refused("geography.import.feature.noGeometry", label);
        }
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.get("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates, label);
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                for (JsonNode polygon : array(coordinates, label)) {
                    polygons.add(polygon(polygon, label));
                }
                yield PlaceStore.WGS84.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw type.isEmpty() ? refused("geography.import.feature.untypedGeometry", label)
                    : refused("geography.import.feature.wrongGeometry", label, shorten(type));
        };
    }

    private static Polygon polygon(JsonNode rings, MessageSourceResolvable label) {
        List<JsonNode> list = array(rings, label);
        if (list.isEmpty()) {
            throw refused("geography.import.feature.noRing", label);
        }
        LinearRing shell = ring(list.getFirst(), label);
        LinearRing[] holes = new LinearRing[list.size() - 1];
        for (int i = 1; i < list.size(); i++) {
            holes[i - 1] = ring(list.get(i), label);
        }
        return PlaceStore.WGS84.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, MessageSourceResolvable label) {
        List<JsonNode> list = array(positions, label);
        Coordinate[] coordinates = new Coordinate[list.size()];
        for (int i = 0; i < list.size(); i++) {
            coordinates[i] = coordinate(list.get(i), label);
        }
        if (coordinates.length == 0 || !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw refused("geography.import.feature.ringOpen", label);
        }
        if (coordinates.length < 4) {
            throw refused("geography.import.feature.ringShort", label);
        }
        return PlaceStore.WGS84.createLinearRing(coordinates);
    }

    private static Coordinate coordinate(JsonNode position, MessageSourceResolvable label) {
        if (position == null || !position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                || !position.get(1).isNumber()) {
            throw refused("geography.import.feature.notPosition", label);
        }
        double lon = position.get(0).doubleValue();
        double lat = position.get(1).doubleValue();
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw refused("geography.import.feature.outside", label, position(new Coordinate(lon, lat)));
        }
        return new Coordinate(lon, lat);
    }

    private static List<JsonNode> array(JsonNode node, MessageSourceResolvable label) {
        if (node == null || !node.isArray()) {
            throw refused("geography.import.feature.malformed", label);
        }
        List<JsonNode> list = new ArrayList<>(node.size());
        node.forEach(list::add);
        return list;
    }

    private static Geometry polygonal(Geometry geometry) {
        if (geometry instanceof Polygonal) {
            return geometry;
        }
        return PlaceStore.WGS84.buildGeometry(PolygonExtracter.getPolygons(geometry));
    }

    private static String position(Coordinate coordinate) {
        return String.format(Locale.UK, "%.5f, %.5f", coordinate.x, coordinate.y);
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    /** Refused for the file, in the words of the message {@code key}. */
    private static GeographyChangeRefused refused(String key, Object... arguments) {
        return new GeographyChangeRefused("file", key, arguments);
    }

    /** Words read from the messages when they are shown, such as a feature's label inside a refusal. */
    private static MessageSourceResolvable words(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }
}
