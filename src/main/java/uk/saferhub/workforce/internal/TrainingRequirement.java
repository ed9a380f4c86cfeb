package uk.saferhub.workforce.internal;

import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * Training PCSOs need before working under something: a topic and what requires it ("Responsible dog ownership service
 * agreement, pilot in St Neots"), for the PCSOs attached to wards within an area, the PCSOs of a scheme, both, or,
 * with neither, every PCSO of the owner's partnerships.
 */
public record TrainingRequirement(UUID id, String topic, String requiredBy, UUID areaId, String areaName,
        UUID schemeId, String schemeName, UUID ownerId) implements Restricted {

    public TrainingRequirement withAreaName(String name) {
        return new TrainingRequirement(id, topic, requiredBy, areaId, name, schemeId, schemeName, ownerId);
    }

    /** Whom it applies to, in words: "PCSOs attached to wards in St Neots", "PCSOs of the HCC scheme". */
    public String appliesTo() {
        if (areaId != null && schemeId != null) {
            return "PCSOs of " + schemeName + " attached to wards in " + areaName;
        }
        if (areaId != null) {
            return "PCSOs attached to wards in " + areaName;
        }
        if (schemeId != null) {
            return "PCSOs of " + schemeName;
        }
        return "Every PCSO of the partnership";
    }

    @Override
    public UUID owningOrganisationId() {
        return ownerId;
    }

    @Override
    public HandlingLevel handlingLevel() {
        return HandlingLevel.PARTNERSHIP;
    }

    @Override
    public String recordType() {
        return "training-requirement";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
