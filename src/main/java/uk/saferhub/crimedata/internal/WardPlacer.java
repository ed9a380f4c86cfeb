package uk.saferhub.crimedata.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;

/**
 * Places rows in their wards: by their coordinates with the geography's locator, many at a time; a row without
 * coordinates (or outside every ward) by its LSOA code, where the geography holds that LSOA under a ward. Otherwise
 * it has no ward. The LSOA answers are remembered for the import (there are some 35,000 LSOAs at most).
 */
@Component
class WardPlacer {

    static final int BATCH = 2_000;

    private final Geography geography;

    WardPlacer(Geography geography) {
        this.geography = geography;
    }

    void place(List<StreetRow> rows, Map<String, Optional<UUID>> lsoaWards) {
        double[] latitudes = new double[rows.size()];
        double[] longitudes = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            latitudes[i] = rows.get(i).latitude;
            longitudes[i] = rows.get(i).longitude;
        }
        UUID[] found = geography.wardsAt(latitudes, longitudes);
        for (int i = 0; i < rows.size(); i++) {
            StreetRow row = rows.get(i);
            row.ward = found[i];
            String lsoa = row.lsoaCode();
            if (row.ward == null && !lsoa.isEmpty()) {
                row.ward = lsoaWards.computeIfAbsent(lsoa, this::wardOfLsoa).orElse(null);
            }
        }
    }

    private Optional<UUID> wardOfLsoa(String code) {
        return geography.place(PlaceType.LSOA, code).map(Place::parentId).flatMap(geography::place)
                .filter(parent -> parent.type() == PlaceType.WARD).map(Place::id);
    }
}
