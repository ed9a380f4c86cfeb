package uk.saferhub.crimedata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.saferhub.crimedata.ControlLimits;
import uk.saferhub.crimedata.ControlLimits.Signal;

/** Control limits on known series, and Gi* against a hand-worked case and an independent pairwise computation. */
class CrimeStatisticsTests {

    @Test
    void controlLimitsOfAKnownSeries() {
        // Mean 12; moving ranges 2, 1, 2, 1, 2 average 1.6; limits 12 +/- 2.66 x 1.6.
        ControlLimits limits = ControlLimits.of(new long[] {10, 12, 11, 13, 12, 14});
        assertThat(limits.centre()).isEqualTo(12.0);
        assertThat(limits.averageMovingRange()).isCloseTo(1.6, within(1e-12));
        assertThat(limits.upper()).isCloseTo(16.256, within(1e-9));
        assertThat(limits.lower()).isCloseTo(7.744, within(1e-9));
        assertThat(limits.judge(new long[] {10, 12, 11, 13, 12, 14, 17})).isEqualTo(Signal.ABOVE);
        assertThat(limits.judge(new long[] {10, 12, 11, 13, 12, 14, 16})).isEqualTo(Signal.WITHIN);
        assertThat(limits.judge(new long[] {10, 12, 11, 13, 12, 14, 7})).isEqualTo(Signal.BELOW);
    }

    @Test
    void aRunOfEightOnOneSideIsASignalEvenWithinTheLimits() {
        ControlLimits limits = ControlLimits.of(new long[] {100, 80, 120, 90, 110, 95, 105, 100});
        assertThat(limits.centre()).isEqualTo(100.0);
        assertThat(limits.judge(new long[] {101, 103, 102, 104, 101, 106, 102, 103})).isEqualTo(Signal.RUN_ABOVE);
        assertThat(limits.judge(new long[] {99, 97, 98, 96, 99, 94, 98, 97})).isEqualTo(Signal.RUN_BELOW);
        assertThat(limits.judge(new long[] {101, 103, 102, 99, 101, 106, 102, 103})).isEqualTo(Signal.WITHIN);
    }

    @Test
    void theLowerLimitIsNeverBelowZero() {
        assertThat(ControlLimits.of(new long[] {0, 5, 0, 6, 1}).lower()).isZero();
    }

    @Test
    void giStarOfAHandWorkedGrid() {
        // A 3 by 3 grid, 9 in the middle and 0 elsewhere: mean 1, S = sqrt(81 / 9 - 1) = sqrt(8).
        // A corner has 4 neighbours (itself included), summing 9: (9 - 4) / (sqrt(8) x sqrt((9 x 4 - 16) / 8)).
        int[] columns = {0, 1, 2, 0, 1, 2, 0, 1, 2};
        int[] rows = {0, 0, 0, 1, 1, 1, 2, 2, 2};
        double[] values = {0, 0, 0, 0, 9, 0, 0, 0, 0};
        double[] z = GetisOrd.giStar(columns, rows, values);
        assertThat(z[0]).isCloseTo(5 / Math.sqrt(20), within(1e-12));
        // The middle cell's neighbourhood is the whole grid: nothing to compare it with, so no statistic.
        assertThat(z[4]).isNaN();
        // An edge cell has 6 neighbours summing 9: (9 - 6) / (sqrt(8) x sqrt((54 - 36) / 8)) = 3 / sqrt(18).
        assertThat(z[1]).isCloseTo(3 / Math.sqrt(18), within(1e-12));
    }

    @Test
    void giStarAgreesWithAPairwiseComputationOnRandomGrids() {
        Random random = new Random(20261205L);
        for (int trial = 0; trial < 25; trial++) {
            List<int[]> cells = new ArrayList<>();
            Set<Long> taken = new HashSet<>();
            int size = 5 + random.nextInt(20);
            while (cells.size() < size * 3) {
                int column = random.nextInt(size);
                int row = random.nextInt(size);
                if (taken.add((long) column * 1000 + row)) {
                    cells.add(new int[] {column, row});
                }
            }
            int n = cells.size();
            int[] columns = new int[n];
            int[] rows = new int[n];
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                columns[i] = cells.get(i)[0];
                rows[i] = cells.get(i)[1];
                values[i] = random.nextInt(4) == 0 ? random.nextInt(200) : random.nextInt(5);
            }
            double[] z = GetisOrd.giStar(columns, rows, values);
            double[] expected = pairwise(columns, rows, values);
            for (int i = 0; i < n; i++) {
                assertThat(z[i]).as("cell %d of trial %d", i, trial).isCloseTo(expected[i], within(1e-9));
            }
        }
    }

    @Test
    void confidenceLevelsFollowTheNormalCriticalValues() {
        assertThat(Hotspotter.level(3.5)).isEqualTo(99.9);
        assertThat(Hotspotter.level(2.6)).isEqualTo(99.0);
        assertThat(Hotspotter.level(2.0)).isEqualTo(95.0);
        assertThat(Hotspotter.level(1.9)).isZero();
        assertThat(Hotspotter.level(-4)).isZero();
    }

    /**
     * Gi* as Ord and Getis (1995) write it, with weights from the distance between cell centres (one for cells no
     * further apart than the diagonal, zero beyond) and the sums taken over every pair.
     */
    private static double[] pairwise(int[] columns, int[] rows, double[] values) {
        int n = values.length;
        double mean = 0;
        for (double value : values) {
            mean += value / n;
        }
        double variance = 0;
        for (double value : values) {
            variance += value * value / n;
        }
        double s = Math.sqrt(variance - mean * mean);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double weighted = 0;
            double weights = 0;
            double squares = 0;
            for (int j = 0; j < n; j++) {
                double distance = Math.hypot(columns[i] - columns[j], rows[i] - rows[j]);
                double w = distance <= Math.sqrt(2) + 1e-9 ? 1 : 0;
                weighted += w * values[j];
                weights += w;
                squares += w * w;
            }
            z[i] = (weighted - mean * weights) / (s * Math.sqrt((n * squares - weights * weights) / (n - 1)));
        }
        return z;
    }
}
