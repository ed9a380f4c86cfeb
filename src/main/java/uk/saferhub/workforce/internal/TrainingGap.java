package uk.saferhub.workforce.internal;

import java.util.List;

/**
 * For one requirement, the active PCSOs it applies to now (attached to its area's wards, assigned to its scheme) and
 * those of them who have not attended an event on its topic.
 */
public record TrainingGap(TrainingRequirement requirement, List<TrainingOfficer> appliesTo,
        List<TrainingOfficer> lacking) {

    public boolean closed() {
        return lacking.isEmpty();
    }
}
