package uk.saferhub.workforce.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import uk.saferhub.crimedata.HarmWeights;

/**
 * The patrol plan benchmark (bench/patrol/plan.sh): the plan of a district's week from every snap point of the real
 * Leeds street-level file (harm-weighted with the default weights) for 4, 8 and 16 PCSOs of five eight-hour shifts,
 * 40% of each for visits, timed over many runs after a warm-up; the target is under one second for a district.
 * A test-scoped main class: the build compiles it, surefire never runs it.
 */
public final class PatrolBenchmark {

    private PatrolBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        HarmWeights harm = new HarmWeights();
        Map<String, double[]> spots = new HashMap<>();
        Map<String, Long> peak = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                if (row.get("Latitude").isEmpty()) {
                    continue;
                }
                String key = row.get("Latitude") + "," + row.get("Longitude") + "," + row.get("Location");
                String type = row.get("Crime type");
                spots.computeIfAbsent(key, k -> new double[2])[0] += harm.of(type);
                spots.get(key)[1]++;
                if (PatrolPlans.PEAK_TYPES.contains(type)) {
                    peak.merge(key, 1L, Long::sum);
                }
            }
        }
        List<PatrolOptimiser.Spot> candidates = new ArrayList<>();
        spots.forEach((key, value) -> candidates.add(new PatrolOptimiser.Spot(value[0],
                peak.getOrDefault(key, 0L) * 2 > value[1])));
        System.out.printf(Locale.UK, "%s: %,d snap points%n", file.getFileName(), candidates.size());
        for (int pcsos : new int[] {4, 8, 16}) {
            List<PatrolOptimiser.Shift> shifts = new ArrayList<>();
            for (int p = 0; p < pcsos; p++) {
                for (int day = 0; day < 5; day++) {
                    PatrolShift shift = new PatrolShift(null, null, java.time.DayOfWeek.of(1 + (p + day) % 7),
                            java.time.LocalTime.of(day % 2 == 0 ? 7 : 14, 0),
                            java.time.LocalTime.of(day % 2 == 0 ? 15 : 22, 0));
                    shifts.add(new PatrolOptimiser.Shift(PatrolPlans.capacity(shift, 40), shift.peak()));
                }
            }
            for (int warm = 0; warm < 5; warm++) {
                PatrolOptimiser.plan(candidates, shifts);
            }
            List<Double> times = new ArrayList<>();
            PatrolOptimiser.Plan plan = null;
            for (int run = 0; run < runs; run++) {
                long started = System.nanoTime();
                plan = PatrolOptimiser.plan(candidates, shifts);
                times.add((System.nanoTime() - started) / 1e6);
            }
            Collections.sort(times);
            int visits = plan.shiftsOfSpot().stream().mapToInt(List::size).sum();
            long places = plan.shiftsOfSpot().stream().filter(s -> !s.isEmpty()).count();
            System.out.printf(Locale.UK, "%d PCSOs, %d shifts, %d visits at %d places: median %.1f ms, slowest %.1f ms "
                    + "of %d runs (target under 1,000 ms)%n", pcsos, shifts.size(), visits, places,
                    times.get(times.size() / 2), times.getLast(), runs);
        }
    }
}
