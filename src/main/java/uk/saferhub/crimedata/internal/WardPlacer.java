package uk.saferhub.crimedata.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.geography.Geography;

/**
 * Places rows in their wards: by their coordinates with the geography's locator, many at a time; a row without
 * coordinates (or outside every ward) by its LSOA code, where the geography holds that LSOA under a ward. Otherwise
 * it has no ward. The LSOAs' wards are read once an import, when the first row needs them.
 */
@Component
class WardPlacer {

    static final int BATCH = 2_000;

    private final Geography geography;

    WardPlacer(Geography geography) {
        this.geography = geography;
    }

    /** The LSOAs' wards of one import, read when first needed. */
    final class Lsoas {

        private Map<String, UUID> wards;
        // A file's rows come street by street, so most rows share the LSOA of the row before.
        private String lastCode;
        private UUID lastWard;

        UUID ward(String code) {
            if (code.equals(lastCode)) {
                return lastWard;
            }
            if (wards == null) {
                wards = geography.wardsOfLsoas();
            }
            lastCode = code;
            lastWard = wards.get(code);
            return lastWard;
        }
    }

    Lsoas lsoas() {
        return new Lsoas();
    }

    void place(List<StreetRow> rows, Lsoas lsoas) {
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
                row.ward = lsoas.ward(lsoa);
            }
        }
    }
}
