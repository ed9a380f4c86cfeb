package uk.saferhub.workforce.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import uk.saferhub.shared.web.PlainText;
import uk.saferhub.workforce.internal.TrainingRequirementDetails;

/** A new training requirement as entered: a topic, what requires it, and optionally an area and a scheme. */
record TrainingRequirementForm(
        @NotBlank(message = "{workforce.requirement.topic.required}")
        @Size(max = 200, message = "{workforce.requirement.topic.tooLong}") @PlainText String topic,
        @NotBlank(message = "{workforce.requirement.requiredBy.required}")
        @Size(max = 300, message = "{workforce.requirement.requiredBy.tooLong}") @PlainText String requiredBy,
        UUID areaId,
        UUID schemeId) {

    static TrainingRequirementForm empty() {
        return new TrainingRequirementForm(null, null, null, null);
    }

    TrainingRequirementDetails details() {
        return new TrainingRequirementDetails(topic, requiredBy, areaId, schemeId);
    }
}
