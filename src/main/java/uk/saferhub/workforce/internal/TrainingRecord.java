package uk.saferhub.workforce.internal;

import java.util.List;

/**
 * One PCSO's training: the events they attended and those recorded as missed (of the events the reader may see), and
 * each requirement that applies to them, met or not.
 */
public record TrainingRecord(TrainingOfficer officer, List<TrainingEvent> attended, List<TrainingEvent> missed,
        List<RequirementStatus> requirements) {

    /** A requirement applying to the PCSO and whether they have attended an event on its topic. */
    public record RequirementStatus(TrainingRequirement requirement, boolean met) {
    }
}
