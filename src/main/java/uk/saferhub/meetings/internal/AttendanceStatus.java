package uk.saferhub.meetings.internal;

/** Whether a person was at a meeting, sent apologies or was absent without them. */
public enum AttendanceStatus {
    PRESENT("Present"), APOLOGIES("Apologies"), ABSENT("Absent");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
