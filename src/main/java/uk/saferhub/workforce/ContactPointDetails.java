package uk.saferhub.workforce;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

/** A new contact point, as a form or the demonstration gives it. */
public record ContactPointDetails(String name, String address, Double latitude, Double longitude,
        UUID owningOrganisationId, ContactPoint.Frequency frequency, DayOfWeek day, Integer weekOfMonth,
        LocalTime starts, LocalTime ends, LocalDate firstDate, LocalDate lastDate, String staffedBy,
        Set<UUID> pcsoIds) {

    public ContactPointDetails {
        pcsoIds = pcsoIds == null ? Set.of() : Set.copyOf(pcsoIds);
    }
}
