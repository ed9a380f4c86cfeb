package uk.saferhub.geography.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A latitude and longitude typed by a person or sent by a client, checked: plain decimal degrees, latitude from -90
 * to 90 and longitude from -180 to 180. {@code problems} holds the message key of what is wrong with each field
 * ({@code lat}, {@code lng}), for the locate page and the API alike.
 */
record Coordinates(double latitude, double longitude, Map<String, String> problems) {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{1,15})?");

    boolean valid() {
        return problems.isEmpty();
    }

    static Coordinates parse(String latitude, String longitude) {
        Map<String, String> problems = new LinkedHashMap<>();
        double lat = read("lat", latitude, 90, problems);
        double lng = read("lng", longitude, 180, problems);
        return new Coordinates(lat, lng, Collections.unmodifiableMap(problems));
    }

    private static double read(String field, String text, double limit, Map<String, String> problems) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            problems.put(field, "geography.locate." + field + ".required");
            return Double.NaN;
        }
        if (!DECIMAL.matcher(value).matches()) {
            problems.put(field, "geography.locate." + field + ".notDecimal");
            return Double.NaN;
        }
        double degrees = Double.parseDouble(value);
        if (degrees < -limit || degrees > limit) {
            problems.put(field, "geography.locate." + field + ".outOfRange");
            return Double.NaN;
        }
        return degrees;
    }
}
