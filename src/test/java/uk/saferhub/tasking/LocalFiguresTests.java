package uk.saferhub.tasking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.saferhub.intake.LocalItem;
import uk.saferhub.tasking.internal.LocalFigures;
import uk.saferhub.tasking.internal.LocalFigures.Cycle;
import uk.saferhub.tasking.internal.LocalFigures.Row;

/** The counting of the local data analysis: by category, ward and cycle, the change, and the top locations. */
class LocalFiguresTests {

    private static final UUID GIPTON = UUID.randomUUID();
    private static final UUID KILLINGBECK = UUID.randomUUID();
    private static final ZonedDateTime FIRST = ZonedDateTime.of(2026, 9, 1, 14, 0, 0, 0, ZoneId.of("Europe/London"));

    private final List<Cycle> cycles = List.of(cycle(0), cycle(1), cycle(2));
    private int next = 1;

    @Test
    void countsEachCategoryAndWardInEachCycleWithTheChangeOnTheCycleBefore() {
        List<LocalItem> items = new ArrayList<>();
        items.addAll(items(3, "Graffiti", GIPTON, 0, 53.8081, -1.5101, "Harehills Road"));
        items.addAll(items(2, "Graffiti", GIPTON, 1, 53.8081, -1.5101, "Harehills Road"));
        items.addAll(items(4, "Graffiti", GIPTON, 2, 53.8081, -1.5101, "Harehills Road"));
        items.addAll(items(2, "Litter", KILLINGBECK, 1, 53.8100, -1.4700, "Seacroft Crescent"));
        items.addAll(items(1, "Litter", KILLINGBECK, 2, null, null, "Seacroft Crescent"));
        items.addAll(items(1, "Fly-tipping", KILLINGBECK, 2, 53.8300, -1.4500, null));
        // Before the first cycle and on the day of the meeting analysed: neither is counted.
        items.add(item("Graffiti", GIPTON, cycles.getFirst().from().minusSeconds(1), 53.8081, -1.5101, null));
        items.add(item("Graffiti", GIPTON, cycles.getLast().to(), 53.8081, -1.5101, null));

        LocalFigures figures = LocalFigures.of(cycles, items, Map.of(GIPTON, "Gipton & Harehills",
                KILLINGBECK, "Killingbeck & Seacroft"));

        Row graffiti = row(figures.categories(), "Graffiti");
        assertThat(graffiti.counts()).containsExactly(3L, 2L, 4L);
        assertThat(graffiti.change()).isEqualTo(2);
        assertThat(graffiti.percent()).isEqualTo(100);
        Row litter = row(figures.categories(), "Litter");
        assertThat(litter.counts()).containsExactly(0L, 2L, 1L);
        assertThat(litter.change()).isEqualTo(-1);
        assertThat(litter.percent()).isEqualTo(50);
        Row flyTipping = row(figures.categories(), "Fly-tipping");
        assertThat(flyTipping.counts()).containsExactly(0L, 0L, 1L);
        assertThat(flyTipping.percent()).as("none the cycle before: no per cent").isNull();

        assertThat(row(figures.wards(), "Gipton & Harehills").counts()).containsExactly(3L, 2L, 4L);
        assertThat(row(figures.wards(), "Killingbeck & Seacroft").counts()).containsExactly(0L, 2L, 2L);
        assertThat(row(figures.wards(), "Killingbeck & Seacroft").change()).isZero();

        // The latest cycle's top locations: the four at one point first, then the litter by name, then the point.
        assertThat(figures.top()).extracting(LocalFigures.TopLocation::count).containsExactly(4, 1, 1);
        assertThat(figures.top().getFirst().location()).isEqualTo("Harehills Road");
        assertThat(figures.top().getFirst().category()).isEqualTo("Graffiti");
        assertThat(figures.top().getFirst().wardId()).isEqualTo(GIPTON);
        assertThat(figures.latest()).hasSize(6);
    }

    @Test
    void nearbyReportsWithinAboutAHundredMetresAreOneLocation() {
        List<LocalItem> items = new ArrayList<>();
        items.add(item("Graffiti", GIPTON, at(2), 53.80800, -1.51012, "Shop shutters"));
        items.add(item("Graffiti", GIPTON, at(2), 53.80810, -1.51030, "Shop shutters"));
        items.add(item("Graffiti", GIPTON, at(2), 53.81500, -1.51012, "Far away"));
        LocalFigures figures = LocalFigures.of(cycles, items, Map.of(GIPTON, "Gipton & Harehills"));
        assertThat(figures.top()).extracting(LocalFigures.TopLocation::count).containsExactly(2, 1);
        assertThat(figures.top().getFirst().latitude()).isBetween(53.8080, 53.8081);
    }

    private static Row row(List<Row> rows, String label) {
        return rows.stream().filter(row -> row.label().equals(label)).findFirst().orElseThrow();
    }

    private List<LocalItem> items(int count, String category, UUID ward, int cycle, Double lat, Double lon,
            String location) {
        List<LocalItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(item(category, ward, at(cycle), lat, lon, location));
        }
        return items;
    }

    private LocalItem item(String category, UUID ward, Instant at, Double lat, Double lon, String location) {
        return new LocalItem("REPORT", String.valueOf(next++), category, ward, lat, lon, location, at);
    }

    private Instant at(int cycle) {
        return cycles.get(cycle).from().plusSeconds(3600);
    }

    private static Cycle cycle(int index) {
        ZonedDateTime start = FIRST.plusWeeks(6L * index);
        return new Cycle(UUID.randomUUID(), start, start.minusWeeks(6).toInstant(), start.toInstant());
    }
}
