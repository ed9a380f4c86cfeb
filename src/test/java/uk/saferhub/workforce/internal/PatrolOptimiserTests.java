package uk.saferhub.workforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import uk.saferhub.workforce.internal.PatrolOptimiser.Plan;
import uk.saferhub.workforce.internal.PatrolOptimiser.Shift;
import uk.saferhub.workforce.internal.PatrolOptimiser.Spot;

/**
 * The patrol plan against the exact optimum: every assignment of visits to shifts tried for small cases, hand-made
 * and random; the plan must be within 2% of the best (the greedy choice is optimal, so it is equal), and must fit.
 */
class PatrolOptimiserTests {

    @Test
    void aHandMadeWeekMatchesTheBestAssignment() {
        List<Spot> spots = List.of(new Spot(365, false), new Spot(120, true), new Spot(40, false), new Spot(8, true));
        List<Shift> shifts = List.of(new Shift(2, false), new Shift(1, true), new Shift(2, true));

        Plan plan = PatrolOptimiser.plan(spots, shifts);

        assertFits(plan, spots, shifts);
        assertThat(plan.worth()).isCloseTo(best(spots, shifts), within(1e-9));
        assertThat(plan.shiftsOfSpot().get(0)).as("the most harmful spot in every shift").hasSize(3);
    }

    @Test
    void repeatsGoWhereHarmIsHighestAndTheRestAreSpread() {
        // One spot far above the rest: three visits there are worth 87.5% of it, more than two other spots.
        List<Spot> spots = List.of(new Spot(1000, false), new Spot(100, false), new Spot(90, false));
        List<Shift> shifts = List.of(new Shift(1, false), new Shift(1, false), new Shift(1, false));

        Plan plan = PatrolOptimiser.plan(spots, shifts);

        assertThat(plan.shiftsOfSpot().get(0)).containsExactly(0, 1, 2);
        assertThat(plan.shiftsOfSpot().get(1)).isEmpty();
    }

    @Test
    void peakSpotsTakePeakShiftsWhenRoomIsEqual() {
        List<Spot> spots = List.of(new Spot(50, true));
        List<Shift> shifts = List.of(new Shift(2, false), new Shift(2, true));

        Plan plan = PatrolOptimiser.plan(spots, shifts);

        assertThat(plan.shiftsOfSpot().get(0)).containsExactly(0, 1);
        assertThat(PatrolOptimiser.assign(spots, shifts, new int[] {1}).get(0)).containsExactly(1);
    }

    @Test
    void manyRandomSmallWeeksAreWithinTwoPercentOfTheExactOptimum() {
        Random random = new Random(20261205L);
        for (int trial = 0; trial < 400; trial++) {
            List<Spot> spots = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                spots.add(new Spot(random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(400), random.nextBoolean()));
            }
            List<Shift> shifts = new ArrayList<>();
            for (int s = 0, n = 1 + random.nextInt(3); s < n; s++) {
                shifts.add(new Shift(random.nextInt(3), random.nextBoolean()));
            }
            Plan plan = PatrolOptimiser.plan(spots, shifts);
            assertFits(plan, spots, shifts);
            double best = best(spots, shifts);
            assertThat(plan.worth()).as("trial %d: %s over %s", trial, spots, shifts)
                    .isGreaterThanOrEqualTo(0.98 * best - 1e-9);
        }
    }

    @Test
    void aDistrictSizedWeekIsPlannedAndFits() {
        Random random = new Random(7);
        List<Spot> spots = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            spots.add(new Spot(Math.pow(random.nextDouble(), 4) * 2000, random.nextInt(3) == 0));
        }
        List<Shift> shifts = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            shifts.add(new Shift(6 + random.nextInt(4), s % 5 == 4));
        }
        Plan plan = PatrolOptimiser.plan(spots, shifts);
        assertFits(plan, spots, shifts);
        assertThat(plan.shiftsOfSpot().stream().mapToInt(List::size).sum())
                .isEqualTo(shifts.stream().mapToInt(Shift::capacity).sum());
    }

    private static void assertFits(Plan plan, List<Spot> spots, List<Shift> shifts) {
        int[] used = new int[shifts.size()];
        for (List<Integer> visits : plan.shiftsOfSpot()) {
            assertThat(new HashSet<>(visits)).as("once a shift").hasSize(visits.size());
            visits.forEach(s -> used[s]++);
        }
        for (int s = 0; s < shifts.size(); s++) {
            assertThat(used[s]).isLessThanOrEqualTo(shifts.get(s).capacity());
        }
        int[] counts = plan.shiftsOfSpot().stream().mapToInt(List::size).toArray();
        assertThat(plan.worth()).isCloseTo(PatrolOptimiser.worth(spots, counts), within(1e-9));
    }

    /** The best worth over every 0/1 assignment of spots to shifts within the shifts' room. */
    private static double best(List<Spot> spots, List<Shift> shifts) {
        int cells = spots.size() * shifts.size();
        double best = 0;
        for (long mask = 0; mask < (1L << cells); mask++) {
            int[] used = new int[shifts.size()];
            int[] visits = new int[spots.size()];
            boolean fits = true;
            for (int c = 0; c < cells && fits; c++) {
                if ((mask & (1L << c)) != 0) {
                    int spot = c / shifts.size();
                    int shift = c % shifts.size();
                    visits[spot]++;
                    fits = ++used[shift] <= shifts.get(shift).capacity();
                }
            }
            if (fits) {
                best = Math.max(best, PatrolOptimiser.worth(spots, visits));
            }
        }
        return best;
    }
}
