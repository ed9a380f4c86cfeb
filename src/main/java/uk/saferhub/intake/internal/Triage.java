package uk.saferhub.intake.internal;

/** What staff may do to a report on the intake queue, and the Open311 status each leaves it in. */
public enum Triage {
    ACCEPT("open"), ASSIGN("open"), LINK("open"), REFER("open"), DUPLICATE("closed"), REJECT("closed"), CLOSE("closed"), REOPEN("open");

    private final String status;

    Triage(String status) {
        this.status = status;
    }

    public String status() {
        return status;
    }
}
