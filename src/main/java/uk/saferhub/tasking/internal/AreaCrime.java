package uk.saferhub.tasking.internal;

import uk.saferhub.crimedata.CrimeHotspots;
import uk.saferhub.crimedata.CrimeSummary;
import uk.saferhub.geography.Place;

/**
 * Recorded crime in one area of a tasking group (a city area and its wards) from data.police.uk: the summary of the
 * months asked for, with its changes and control limits, and the hot spots. {@code latestHeld} says the months are
 * the latest held rather than the cycle's own, which data.police.uk publishes some two months after they end.
 */
public record AreaCrime(Place area, CrimeSummary summary, CrimeHotspots hotspots, boolean latestHeld) {
}
