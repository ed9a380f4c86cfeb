package uk.saferhub.plans;

import java.time.LocalDate;

/**
 * The next step of an open draft, the day it is due by (null where no time is set), how near that is, and whether
 * the person looking may take it.
 */
public record DueStep(Variation draft, VariationStep step, LocalDate by, Urgency urgency, boolean yours) {

    public enum Urgency { OVERDUE, SOON, LATER, UNTIMED }
}
