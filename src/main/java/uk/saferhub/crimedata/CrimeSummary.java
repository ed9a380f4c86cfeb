package uk.saferhub.crimedata;

import java.time.YearMonth;
import java.util.List;

/**
 * Counts of a place and period: in all and by month, crime type, ward, area (the areas made of wards, such as city
 * areas and patrol areas, that hold any of them) and force, each with the previous period of the
 * same length and the same period a year before (null where no data is held for that period), and whether the last
 * month is beyond normal variation.
 */
public record CrimeSummary(CrimeQuery query, String placeName, Change total, double harm, List<MonthFigure> months,
        List<Figure> categories, List<Figure> wards, List<Figure> areas, List<Figure> forces, CrimeTrend trend) {

    /** How many months of the period are held. */
    public long monthsHeld() {
        return months.stream().filter(MonthFigure::held).count();
    }

    /** A count now, in the previous period and in the same period last year (null: none held then). */
    public record Change(long now, Long previous, Long lastYear) {

        /** Percentage change against the previous period, or null. */
        public Double againstPrevious() {
            return percent(now, previous);
        }

        public Double againstLastYear() {
            return percent(now, lastYear);
        }

        private static Double percent(long now, Long then) {
            return then == null || then == 0 ? null : 100.0 * (now - then) / then;
        }
    }

    /** One line of a breakdown: its key (crime type, ward id, force key), its name, the counts and harm. */
    public record Figure(String key, String name, Change count, double harm, boolean environmental) {
    }

    /** One month's count and harm; {@code held} false when no data is held for the month in the place. */
    public record MonthFigure(YearMonth month, long count, double harm, boolean held) {
    }
}
