package uk.saferhub.intake.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks a posted report must pass before anything is stored; each failure is a 400 with the reason. */
final class ReportChecks {

    static final int DESCRIPTION_LIMIT = 4000;

    private ReportChecks() {
    }

    /** The latitude and longitude as numbers, or null when neither was sent; refused when one is bad or alone. */
    static double[] point(String lat, String lng) {
        boolean hasLat = lat != null && !lat.isBlank();
        boolean hasLng = lng != null && !lng.isBlank();
        if (!hasLat && !hasLng) {
            return null;
        }
        if (hasLat != hasLng) {
            throw bad("intake.open311.latLongPair");
        }
        double latitude = number(lat, "lat");
        double longitude = number(lng, "long");
        if (latitude < -90 || latitude > 90) {
            throw bad("intake.open311.latRange");
        }
        if (longitude < -180 || longitude > 180) {
            throw bad("intake.open311.longRange");
        }
        return new double[] {latitude, longitude};
    }

    /**
     * The attribute values, each checked against the service's definition; required ones must be there. An attribute
     * the definition does not have is left out, not refused: real clients send extras of their own (FixMyStreet sends
     * attribute[fixmystreet_id], [report_url], [title], [easting] ... by its council's settings), and kept out of the
     * store because nothing says what they hold.
     */
    static Map<String, List<String>> attributes(Service service, Map<String, List<String>> sent) {
        Map<String, List<String>> checked = new LinkedHashMap<>();
        for (var entry : sent.entrySet()) {
            Service.Attribute attribute = service.attribute(entry.getKey()).orElse(null);
            if (attribute == null) {
                continue;
            }
            List<String> values = entry.getValue().stream().filter(value -> value != null && !value.isBlank())
                    .map(String::strip).toList();
            if (values.size() > 1 && !attribute.datatype().equals("multivaluelist")) {
                throw bad("intake.open311.attributeOneValue", attribute.code());
            }
            for (String value : values) {
                if (attribute.isList() && !attribute.allows(value)) {
                    throw bad("intake.open311.attributeValueUnknown", attribute.code(), value);
                }
                if (attribute.datatype().equals("number")) {
                    number(value, "attribute[" + attribute.code() + "]");
                }
                limit(value, 1000, "attribute[" + attribute.code() + "]");
            }
            if (!values.isEmpty()) {
                checked.put(attribute.code(), values);
            }
        }
        for (Service.Attribute attribute : service.attributes()) {
            if (attribute.required() && attribute.variable() && !checked.containsKey(attribute.code())) {
                throw bad("intake.open311.attributeRequired", attribute.code(), service.code());
            }
        }
        return checked;
    }

    static String mediaUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        limit(url, 1000, "media_url");
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
                throw bad("intake.open311.mediaUrl");
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw bad("intake.open311.mediaUrl");
        }
    }

    static String limit(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw bad("intake.open311.tooLong", field, max);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    static double number(String value, String field) {
        try {
            double number = Double.parseDouble(value.strip());
            if (!Double.isFinite(number)) {
                throw bad("intake.open311.notANumber", field);
            }
            return number;
        } catch (NumberFormatException e) {
            throw bad("intake.open311.notANumber", field);
        }
    }

    static Open311Refused bad(String key, Object... args) {
        return new Open311Refused(400, key, args);
    }
}
