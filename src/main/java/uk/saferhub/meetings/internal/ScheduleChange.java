package uk.saferhub.meetings.internal;

/**
 * What changing a cadence did to the coming twelve months: meetings added, kept (on a date the new cadence still
 * meets), removed (nothing recorded yet) and cancelled (kept because something was recorded against them).
 */
public record ScheduleChange(int added, int kept, int removed, int cancelled) {

    public String describe() {
        return added + (added == 1 ? " meeting" : " meetings") + " added, " + kept + " kept, " + removed
                + " removed and " + cancelled + " cancelled";
    }
}
