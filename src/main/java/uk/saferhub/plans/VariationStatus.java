package uk.saferhub.plans;

/**
 * Where a draft stands, in the order of the Act: drafted; the Chief Constable consulted; sent to the Panel; its review
 * on a Panel agenda; the Panel's report (or its time passed without one); the Commissioner's response to it; the
 * response published; the new version issued. A draft may be withdrawn before it is issued.
 */
public enum VariationStatus {
    DRAFT, CONSULTED, SENT, REVIEW_SCHEDULED, REPORTED, RESPONDED, PUBLISHED, ISSUED, WITHDRAWN;

    /** Whether the draft has gone to the Panel (so its members see it). */
    public boolean sent() {
        return ordinal() >= SENT.ordinal() && this != WITHDRAWN;
    }

    /** Whether the Commissioner's response is published (so the public sees the draft, the report and the response). */
    public boolean published() {
        return this == PUBLISHED || this == ISSUED;
    }
}
