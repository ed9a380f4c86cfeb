package uk.saferhub.crimedata;

import java.util.Map;
import java.util.UUID;

/**
 * One anonymised snap point of data.police.uk ("On or near Ainsty Drive") with the crimes recorded at it in a period:
 * by crime type, in all, and weighted by {@link HarmWeights}. A snap point stands for the streets around it, never an
 * address.
 */
public record CrimeLocation(String location, double latitude, double longitude, UUID wardId,
        Map<String, Long> byType, long crimes, double harm) {
}
