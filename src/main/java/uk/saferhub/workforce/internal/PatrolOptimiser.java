package uk.saferhub.workforce.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Chooses how many short visits each hot spot gets in a week and in which shifts, to make the most of the harm
 * covered. A spot's worth for {@code k} visits is {@code weight × (1 − RETURN^k)}: the first visit counts most and
 * each repeat half as much again (diminishing returns), so repeats go where harm is highest. A shift holds a number of
 * visits, and a spot is visited at most once a shift, so its repeats fall in different shifts.
 *
 * <p>The visit counts are chosen greedily by the worth of one more visit, each accepted only while some assignment to
 * the shifts still exists (by the Gale–Ryser condition: for every t, the t largest counts sum to no more than
 * Σ min(capacity, t) over the shifts). The counts a week's shifts can take form a polymatroid and the worth is
 * separable and concave, so this greedy choice is optimal (Federgruen and Groenevelt, "The greedy procedure for
 * resource allocation problems", Operations Research 34(6), 1986); the tests check it against every assignment of
 * small cases. The counts are then placed in shifts largest first, each in the shifts with the most room left (a
 * peak-time spot preferring peak shifts among equals), which always succeeds when the condition holds.
 */
final class PatrolOptimiser {

    /** What a repeat visit is worth against the one before it. */
    static final double RETURN = 0.5;

    private PatrolOptimiser() {
    }

    /** A place to visit: its weight (harm) and whether its harm peaks in the evening and at weekends. */
    record Spot(double weight, boolean peak) {
    }

    /** A shift: how many visits it holds and whether it covers a peak time. */
    record Shift(int capacity, boolean peak) {
    }

    /** The plan: for each spot, the shifts (by index) it is visited in. */
    record Plan(List<List<Integer>> shiftsOfSpot, double worth) {
    }

    /** The worth of visiting spots the given number of times. */
    static double worth(List<Spot> spots, int[] visits) {
        double worth = 0;
        for (int i = 0; i < spots.size(); i++) {
            worth += spots.get(i).weight() * (1 - Math.pow(RETURN, visits[i]));
        }
        return worth;
    }

    static Plan plan(List<Spot> spots, List<Shift> shifts) {
        int[] visits = counts(spots, shifts);
        return new Plan(assign(spots, shifts, visits), worth(spots, visits));
    }

    /** The number of visits of each spot that makes the most worth the shifts can hold. */
    static int[] counts(List<Spot> spots, List<Shift> shifts) {
        int[] visits = new int[spots.size()];
        int room = shifts.stream().mapToInt(Shift::capacity).sum();
        int maxPerSpot = (int) shifts.stream().filter(shift -> shift.capacity() > 0).count();
        PriorityQueue<Integer> next = new PriorityQueue<>(Comparator
                .comparingDouble((Integer i) -> -gain(spots.get(i), visits[i])).thenComparingInt(i -> i));
        for (int i = 0; i < spots.size(); i++) {
            if (spots.get(i).weight() > 0) {
                next.add(i);
            }
        }
        int[] byCount = new int[maxPerSpot + 2];
        byCount[0] = spots.size();
        int used = 0;
        while (used < room && !next.isEmpty()) {
            int i = next.poll();
            if (visits[i] >= maxPerSpot || !fits(byCount, visits[i], shifts)) {
                continue;
            }
            byCount[visits[i]]--;
            visits[i]++;
            byCount[visits[i]]++;
            used++;
            next.add(i);
        }
        return visits;
    }

    private static double gain(Spot spot, int visits) {
        return spot.weight() * Math.pow(RETURN, visits) * (1 - RETURN);
    }

    /**
     * Whether raising one spot from {@code from} visits to one more still leaves an assignment: the Gale–Ryser
     * condition on the counts (held as how many spots have each count).
     */
    private static boolean fits(int[] byCount, int from, List<Shift> shifts) {
        byCount[from]--;
        byCount[from + 1]++;
        boolean fits = true;
        long prefix = 0;
        int t = 0;
        for (int count = byCount.length - 1; count >= 1 && fits; count--) {
            for (int n = 0; n < byCount[count]; n++) {
                t++;
                prefix += count;
                long room = 0;
                for (Shift shift : shifts) {
                    room += Math.min(shift.capacity(), t);
                }
                if (prefix > room) {
                    fits = false;
                    break;
                }
            }
        }
        byCount[from + 1]--;
        byCount[from]++;
        return fits;
    }

    /** Places each spot's visits in shifts: largest counts first, in the shifts with most room (peak first on ties). */
    static List<List<Integer>> assign(List<Spot> spots, List<Shift> shifts, int[] visits) {
        int[] left = shifts.stream().mapToInt(Shift::capacity).toArray();
        List<List<Integer>> placed = new ArrayList<>();
        for (int i = 0; i < spots.size(); i++) {
            placed.add(new ArrayList<>());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spots.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -visits[i]).thenComparingInt(i -> i));
        for (int i : order) {
            boolean peak = spots.get(i).peak();
            List<Integer> choice = new ArrayList<>();
            for (int s = 0; s < shifts.size(); s++) {
                choice.add(s);
            }
            choice.sort(Comparator.comparingInt((Integer s) -> -left[s])
                    .thenComparing(s -> peak && shifts.get(s).peak() ? 0 : 1).thenComparingInt(s -> s));
            for (int n = 0; n < visits[i]; n++) {
                int s = choice.get(n);
                if (left[s] <= 0) {
                    throw new IllegalStateException("visit counts beyond the shifts' room");
                }
                left[s]--;
                placed.get(i).add(s);
            }
            placed.get(i).sort(Integer::compare);
        }
        return placed;
    }
}
