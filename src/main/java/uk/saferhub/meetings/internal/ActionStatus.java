package uk.saferhub.meetings.internal;

/** Where an action stands; done and dropped actions are closed. */
public enum ActionStatus {
    OPEN("Open"), IN_PROGRESS("In progress"), DONE("Done"), DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == DONE || this == DROPPED;
    }
}
