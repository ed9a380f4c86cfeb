package uk.saferhub.meetings;

/** Where a meeting stands: scheduled, held (its record is the meeting's), or cancelled with a reason. */
public enum MeetingStatus {
    SCHEDULED("Scheduled"), HELD("Held"), CANCELLED("Cancelled");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
