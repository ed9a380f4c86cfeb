package uk.saferhub.workforce;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A local contact point held on a regular, advertised basis (seed 003, 5.4.3): a name and address with its point on
 * the map, the team that holds it, its schedule (every week, every other week from its first date, or the nth
 * weekday of each month) with its hours and the dates it runs between, who staffs it in words the public may read
 * (and, for the force, which PCSOs), and the dates called off with the reason. Contact points are advertised, so
 * public.
 */
public record ContactPoint(UUID id, String name, String address, double latitude, double longitude,
        UUID owningOrganisationId, Frequency frequency, DayOfWeek day, Integer weekOfMonth, LocalTime starts,
        LocalTime ends, LocalDate firstDate, LocalDate lastDate, String staffedBy, Set<UUID> pcsoIds,
        Map<LocalDate, String> cancellations) {

    public static final String RECORD_TYPE = "contact-point";

    public enum Frequency { WEEKLY, FORTNIGHTLY, MONTHLY }

    /** One date it is held (or was to be held: a cancelled one says why). */
    public record Occurrence(ContactPoint point, LocalDate date, String cancelledBecause) {

        public boolean cancelled() {
            return cancelledBecause != null;
        }
    }

    public ContactPoint {
        pcsoIds = Set.copyOf(pcsoIds);
        cancellations = Map.copyOf(cancellations);
    }

    /** The dates it is held from {@code from} to {@code to} inclusive, cancelled ones included and marked. */
    public List<Occurrence> occurrences(LocalDate from, LocalDate to) {
        List<Occurrence> dates = new ArrayList<>();
        LocalDate end = lastDate == null || lastDate.isAfter(to) ? to : lastDate;
        LocalDate start = from.isBefore(firstDate) ? firstDate : from;
        if (frequency == Frequency.MONTHLY) {
            LocalDate month = start.withDayOfMonth(1);
            while (!month.isAfter(end)) {
                LocalDate day = month.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth == null ? 1 : weekOfMonth,
                        this.day));
                if (day.getMonth() == month.getMonth() && !day.isBefore(start) && !day.isAfter(end)) {
                    dates.add(new Occurrence(this, day, cancellations.get(day)));
                }
                month = month.plusMonths(1);
            }
            return dates;
        }
        int step = frequency == Frequency.WEEKLY ? 7 : 14;
        LocalDate first = firstDate.with(TemporalAdjusters.nextOrSame(day));
        long skip = Math.max(0, ChronoUnit.DAYS.between(first, start));
        LocalDate day = first.plusDays((skip + step - 1) / step * step);
        for (; !day.isAfter(end); day = day.plusDays(step)) {
            dates.add(new Occurrence(this, day, cancellations.get(day)));
        }
        return dates;
    }

    /** Whether it is held on the date (cancelled or not). */
    public boolean heldOn(LocalDate date) {
        return occurrences(date, date).stream().anyMatch(o -> o.date().equals(date));
    }
}
