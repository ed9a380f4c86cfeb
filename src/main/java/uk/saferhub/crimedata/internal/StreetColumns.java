package uk.saferhub.crimedata.internal;

import java.util.List;

/**
 * The twelve columns of a data.police.uk street-level file, in their order; and the ten of an outcomes file, the same
 * up to the LSOA name, then the outcome where a street-level file has the crime type.
 */
final class StreetColumns {

    static final List<String> OUTCOMES_HEADER = List.of("Crime ID", "Month", "Reported by", "Falls within",
            "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Outcome type");

    static final List<String> HEADER = List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude",
            "Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context");

    static final int CRIME_ID = 0;
    static final int MONTH = 1;
    static final int REPORTED_BY = 2;
    static final int FALLS_WITHIN = 3;
    static final int LONGITUDE = 4;
    static final int LATITUDE = 5;
    static final int LSOA_CODE = 7;
    static final int CRIME_TYPE = 9;
    static final int OUTCOME_TYPE = 9;

    private StreetColumns() {
    }
}
