package uk.saferhub.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An issued version of a Plan, kept whole and readable: its number, the day it was issued, the variation that made
 * it (none for the first), a line saying what changed, and every objective as issued.
 */
public record PlanVersion(UUID planId, int number, LocalDate issuedOn, UUID variationId, String summary,
        List<Objective> objectives) {

    public PlanVersion {
        objectives = List.copyOf(objectives);
    }

    public Optional<Objective> objective(int objectiveNumber) {
        return objectives.stream().filter(o -> o.number() == objectiveNumber).findFirst();
    }
}
