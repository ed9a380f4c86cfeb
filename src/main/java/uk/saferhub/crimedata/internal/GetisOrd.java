package uk.saferhub.crimedata.internal;

/**
 * The Getis-Ord Gi* statistic of each cell of a grid (Getis and Ord 1992; Ord and Getis 1995): the sum of a cell's
 * and its neighbours' values against what the whole study area would lead one to expect, as a z-score. Neighbours
 * are the eight cells around it (queen contiguity), each weighing one, the cell itself included; cells outside the
 * study area are not cells. A z-score above 1.96 is a hot spot at 95% confidence, above 2.58 at 99%, above 3.29 at
 * 99.9%.
 */
final class GetisOrd {

    private GetisOrd() {
    }

    /**
     * The Gi* of every cell: {@code values[i]} is the value of cell i at column {@code columns[i]} and row
     * {@code rows[i]}; cells share no position. NaN where the statistic is undefined (all cells equal).
     */
    static double[] giStar(int[] columns, int[] rows, double[] values) {
        int n = values.length;
        double[] z = new double[n];
        if (n < 2) {
            java.util.Arrays.fill(z, Double.NaN);
            return z;
        }
        double sum = 0;
        double squares = 0;
        for (double value : values) {
            sum += value;
            squares += value * value;
        }
        double mean = sum / n;
        double spread = Math.sqrt(Math.max(0, squares / n - mean * mean));
        java.util.Map<Long, Integer> at = new java.util.HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            at.put(key(columns[i], rows[i]), i);
        }
        for (int i = 0; i < n; i++) {
            double local = 0;
            int weights = 0;
            for (int dc = -1; dc <= 1; dc++) {
                for (int dr = -1; dr <= 1; dr++) {
                    Integer j = at.get(key(columns[i] + dc, rows[i] + dr));
                    if (j != null) {
                        local += values[j];
                        weights++;
                    }
                }
            }
            double denominator = spread * Math.sqrt((n * (double) weights - (double) weights * weights) / (n - 1));
            z[i] = denominator == 0 ? Double.NaN : (local - mean * weights) / denominator;
        }
        return z;
    }

    private static long key(int column, int row) {
        return ((long) column << 32) ^ (row & 0xffffffffL);
    }
}
