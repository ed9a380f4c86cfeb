package uk.saferhub.crimedata;

import java.util.List;

/**
 * Where crime concentrates in a place and period: the top wards, LSOAs and snap points by count and by harm, and the
 * grid cells that are statistically significant hot spots by Getis-Ord Gi* over harm (cell size in metres).
 */
public record CrimeHotspots(CrimeQuery query, List<Spot> wardsByCount, List<Spot> wardsByHarm,
        List<Spot> lsoasByCount, List<Spot> lsoasByHarm, List<Spot> locationsByCount, List<Spot> locationsByHarm,
        int cellMetres, int cells, List<HotCell> hotCells) {

    /** A place ranked: its key (ward id, LSOA code, "latitude,longitude"), name, count and harm. */
    public record Spot(String key, String name, long count, double harm, Double latitude, Double longitude) {
    }

    /**
     * A grid cell and its Gi* z-score; {@code confidence} 99.9, 99 or 95 (percent), or 0 when not significant;
     * {@code place} the snap point in it with the most harm (null when it has none).
     */
    public record HotCell(int column, int row, double south, double west, double north, double east, long count,
            double harm, double z, double confidence, String place) {
    }
}
