package uk.saferhub.workforce.internal;

import java.util.UUID;

/** A new training requirement as entered: the area and the scheme are optional. */
public record TrainingRequirementDetails(String topic, String requiredBy, UUID areaId, UUID schemeId) {
}
