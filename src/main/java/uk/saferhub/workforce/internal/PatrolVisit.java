package uk.saferhub.workforce.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A short high-visibility visit of a plan: which PCSO, when and for how long, which snap point, the crimes and harm
 * that put it there, the reason in words, and whether a coordinator added it by hand.
 */
public record PatrolVisit(UUID id, UUID planId, UUID pcsoId, LocalDate day, LocalTime starts, int minutes,
        String location, double latitude, double longitude, UUID wardId, long crimes, double harm, String reason,
        boolean adjusted) {
}
