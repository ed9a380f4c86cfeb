package uk.saferhub.geography.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.saferhub.geography.ImportRequest;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceEditor;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.shared.demo.DemoDataContributor;

/**
 * The demonstration geography from {@code demo/geography.json}: real district and ward boundaries imported from the
 * reference data folder through {@link PlaceEditor}, Leeds' three areas and the St Neots trial area made of wards.
 * Skipped, with one line in the log, when the folder is absent; a second load changes nothing.
 */
@Component
class GeographyDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(GeographyDemoData.class);

    private final PlaceEditor editor;
    private final PlaceStore places;
    private final SaferHubProperties properties;
    private final JsonMapper json;

    GeographyDemoData(PlaceEditor editor, PlaceStore places, SaferHubProperties properties, JsonMapper json) {
        this.editor = editor;
        this.places = places;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public void load(JsonNode partnership) {
        Path boundaries = properties.referenceDataPath().resolve("boundaries");
        if (!Files.isDirectory(boundaries)) {
            log.info("No boundary files at {}: the demonstration has no places", boundaries);
            return;
        }
        long started = System.nanoTime();
        JsonNode geography = read();
        for (JsonNode spec : geography.get("imports")) {
            importFile(boundaries, spec);
        }
        for (JsonNode spec : geography.get("areas")) {
            defineArea(spec);
        }
        for (JsonNode spec : geography.path("forceAreas")) {
            defineForceArea(spec);
        }
        log.info("Demonstration geography checked in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void importFile(Path boundaries, JsonNode spec) {
        Path file = boundaries.resolve(spec.get("file").asString());
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the boundary file " + file, unreadable);
        }
        String fileName = file.getFileName().toString();
        if (spec.has("only")) {
            Set<String> codes = new HashSet<>();
            spec.get("only").forEach(code -> codes.add(code.asString()));
            content = only(content, spec.get("code").asString(), codes);
            fileName += " (" + codes.size() + " features)";
        }
        UUID parent = spec.has("parent") ? district(spec.get("parent").asString()).id() : null;
        ImportRequest request = new ImportRequest(fileName, content, PlaceType.valueOf(spec.get("type").asString()),
                spec.get("code").asString(), spec.get("name").asString(), parent, null);
        editor.applyIfChanged(null, request);
    }

    private void defineArea(JsonNode spec) {
        PlaceType type = PlaceType.valueOf(spec.get("type").asString());
        String code = spec.get("code").asString();
        if (places.find(type, code).isPresent()) {
            return;
        }
        Place district = district(spec.get("district").asString());
        Map<String, UUID> wardsByName = new HashMap<>();
        places.children(district.id()).stream().filter(place -> place.type() == PlaceType.WARD)
                .forEach(ward -> wardsByName.put(ward.name(), ward.id()));
        Set<UUID> wards = new LinkedHashSet<>();
        for (JsonNode name : spec.get("wards")) {
            UUID ward = wardsByName.get(name.asString());
            if (ward == null) {
                throw new IllegalStateException("No ward " + name.asString() + " in " + district.name()
                        + " for the demonstration area " + spec.get("name").asString());
            }
            wards.add(ward);
        }
        editor.defineArea(null, type, code, spec.get("name").asString(), district.id(), wards);
    }

    private void defineForceArea(JsonNode spec) {
        String code = spec.get("code").asString();
        if (places.find(PlaceType.FORCE_AREA, code).isPresent()) {
            return;
        }
        Set<UUID> districts = new LinkedHashSet<>();
        spec.get("districts").forEach(district -> districts.add(district(district.asString()).id()));
        editor.defineGrouping(null, PlaceType.FORCE_AREA, code, spec.get("name").asString(), districts);
    }

    private Place district(String code) {
        return places.find(PlaceType.DISTRICT, code)
                .orElseThrow(() -> new IllegalStateException("No demonstration district " + code));
    }

    /**
     * The FeatureCollection with only the features whose code property is one of {@code codes}. Read as a stream and
     * the features kept copied as they are, so the boundaries left out (most of the UK) are never parsed into numbers.
     */
    private byte[] only(byte[] content, String codeProperty, Set<String> codes) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        kept.writeBytes("{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8));
        boolean first = true;
        try (JsonParser parser = json.createParser(content)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!"features".equals(field)) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    int start = (int) parser.currentTokenLocation().getByteOffset();
                    String code = codeOf(parser, codeProperty);
                    int end = (int) parser.currentTokenLocation().getByteOffset() + 1;
                    if (codes.contains(code)) {
                        if (!first) {
                            kept.write(',');
                        }
                        kept.write(content, start, end - start);
                        first = false;
                    }
                }
            }
        }
        kept.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return kept.toByteArray();
    }

    /** Reads one feature up to its closing brace, skipping all but its properties; its code, or null. */
    private static String codeOf(JsonParser parser, String codeProperty) {
        String code = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if ("properties".equals(field) && parser.currentToken() == JsonToken.START_OBJECT) {
                JsonNode properties = parser.readValueAsTree();
                code = properties.path(codeProperty).asString(null);
            } else {
                parser.skipChildren();
            }
        }
        return code;
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource("demo/geography.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }
}
