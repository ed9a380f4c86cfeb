package uk.saferhub.intake.internal;

import java.util.List;
import java.util.Map;

/**
 * A report as an Open311 client posts it, before it is checked. Coordinates are kept as sent so the check can tell a
 * missing value from a bad one.
 */
public record NewReport(String jurisdictionId, String serviceCode, String lat, String lng, String addressString,
        String addressId, Map<String, List<String>> attributes, String description, String mediaUrl,
        Reporter reporter) {
}
