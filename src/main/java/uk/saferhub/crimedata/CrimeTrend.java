package uk.saferhub.crimedata;

import java.util.List;

import uk.saferhub.crimedata.CrimeSummary.MonthFigure;

/**
 * The monthly series of a place (the period asked for and the months before it that make the baseline), with control
 * limits from the baseline and the signal of the period's last month. {@code limits} is null when fewer than four
 * months of baseline are held.
 */
public record CrimeTrend(CrimeQuery query, List<MonthFigure> baseline, List<MonthFigure> months, ControlLimits limits,
        ControlLimits.Signal signal) {

    /** Baseline months used for the limits at most, and at least. */
    public static final int BASELINE = 12;
    public static final int SMALLEST_BASELINE = 4;
}
