package uk.saferhub.crimedata.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.crimedata.CrimeAnalysis;
import uk.saferhub.crimedata.CrimeQuery;
import uk.saferhub.crimedata.CrimeQueryRefused;
import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;

/**
 * Reads an analysis request's parameters as the pages and the API take them: {@code place} (a place's id or code,
 * such as E07000011), {@code force} (a data.police.uk key), {@code from} and {@code to} (yyyy-mm) and any number of
 * {@code category} (crime types). A value that names nothing is refused with its field.
 */
@Component
class CrimeRequests {

    private final CrimeAnalysis analysis;
    private final Geography geography;

    CrimeRequests(CrimeAnalysis analysis, Geography geography) {
        this.analysis = analysis;
        this.geography = geography;
    }

    Optional<CrimeQuery> query(String place, String force, String from, String to, List<String> categories) {
        return analysis.resolve(place(place), force, month("from", from), month("to", to), categories);
    }

    UUID place(String place) {
        if (place == null || place.isBlank()) {
            return null;
        }
        String value = place.strip();
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            List<Place> named = geography.withCode(value);
            if (named.isEmpty()) {
                throw new CrimeQueryRefused("place", "crimedata.query.placeCode", value);
            }
            return named.stream().filter(p -> p.type() != uk.saferhub.geography.PlaceType.LSOA).findFirst()
                    .orElse(named.getFirst()).id();
        }
    }

    static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException notAMonth) {
            throw new CrimeQueryRefused(field, "crimedata.query.month", value.strip());
        }
    }
}
