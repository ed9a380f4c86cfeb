package uk.saferhub.crimedata;

/**
 * The control limits of a monthly series, as police analysts draw them on an individuals (XmR) chart: the centre is
 * the mean of the baseline months, the limits lie 2.66 average moving ranges either side of it (the lower never below
 * zero). A month outside them, or the latest of a run of eight on one side of the centre, is beyond normal variation
 * (Wheeler, "Understanding Variation", 1993; the Home Office's Statistical Process Control guidance for police
 * performance uses the same chart).
 */
public record ControlLimits(int baselineMonths, double centre, double averageMovingRange, double upper,
        double lower) {

    /** The scaling constant of the individuals chart: 3 / d2, with d2 = 1.128 for moving ranges of two. */
    public static final double SCALE = 2.66;
    /** The run of months on one side of the centre that is a signal. */
    public static final int RUN = 8;

    /** The limits from the baseline months (at least two), in order. */
    public static ControlLimits of(long[] baseline) {
        if (baseline.length < 2) {
            throw new IllegalArgumentException("control limits need at least two months");
        }
        double sum = 0;
        double ranges = 0;
        for (int i = 0; i < baseline.length; i++) {
            sum += baseline[i];
            if (i > 0) {
                ranges += Math.abs(baseline[i] - baseline[i - 1]);
            }
        }
        double centre = sum / baseline.length;
        double movingRange = ranges / (baseline.length - 1);
        return new ControlLimits(baseline.length, centre, movingRange, centre + SCALE * movingRange,
                Math.max(0, centre - SCALE * movingRange));
    }

    /** How a month compares: above or below the limits, the end of a run on one side, or normal variation. */
    public enum Signal {
        ABOVE, BELOW, RUN_ABOVE, RUN_BELOW, WITHIN;

        public boolean beyondNormal() {
            return this != WITHIN;
        }
    }

    /** The signal of the last of {@code recent} (months in order, the last the one judged). */
    public Signal judge(long[] recent) {
        long last = recent[recent.length - 1];
        if (last > upper) {
            return Signal.ABOVE;
        }
        if (last < lower) {
            return Signal.BELOW;
        }
        if (recent.length >= RUN) {
            boolean allAbove = true;
            boolean allBelow = true;
            for (int i = recent.length - RUN; i < recent.length; i++) {
                allAbove &= recent[i] > centre;
                allBelow &= recent[i] < centre;
            }
            if (allAbove) {
                return Signal.RUN_ABOVE;
            }
            if (allBelow) {
                return Signal.RUN_BELOW;
            }
        }
        return Signal.WITHIN;
    }
}
