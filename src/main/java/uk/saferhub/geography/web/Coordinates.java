package uk.saferhub.geography.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A latitude and longitude typed by a person or sent by a client, checked: plain decimal degrees, latitude from -90
 * to 90 and longitude from -180 to 180. {@code errors} holds a message per field ({@code lat}, {@code lng}).
 */
record Coordinates(double latitude, double longitude, Map<String, String> errors) {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{1,15})?");

    boolean valid() {
        return errors.isEmpty();
    }

    static Coordinates parse(String latitude, String longitude) {
        Map<String, String> errors = new LinkedHashMap<>();
        double lat = read("lat", "latitude", latitude, 90, errors);
        double lng = read("lng", "longitude", longitude, 180, errors);
        return new Coordinates(lat, lng, Collections.unmodifiableMap(errors));
    }

    private static double read(String field, String name, String text, double limit, Map<String, String> errors) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            errors.put(field, "Enter a " + name);
            return Double.NaN;
        }
        if (!DECIMAL.matcher(value).matches()) {
            errors.put(field, "Enter the " + name + " as a number in decimal degrees, like "
                    + (limit == 90 ? "52.3312" : "-0.1876"));
            return Double.NaN;
        }
        double degrees = Double.parseDouble(value);
        if (degrees < -limit || degrees > limit) {
            errors.put(field, "The " + name + " must be between -" + (int) limit + " and " + (int) limit);
            return Double.NaN;
        }
        return degrees;
    }
}
