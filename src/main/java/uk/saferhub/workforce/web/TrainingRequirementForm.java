package uk.saferhub.workforce.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.shared.web.PlainText;
import uk.saferhub.workforce.TrainingRequirementDetails;

/** A new training requirement as entered: a topic, what requires it, and optionally an area and a scheme. */
public class TrainingRequirementForm {

    @NotBlank(message = "Enter the training topic required, for example Responsible dog ownership service agreement")
    @Size(max = 200, message = "The topic must be 200 characters or fewer")
    @PlainText
    private String topic;
    @NotBlank(message = "Enter what requires it, for example Service agreement pilot in St Neots")
    @Size(max = 300, message = "What requires it must be 300 characters or fewer")
    @PlainText
    private String requiredBy;
    private String areaId;
    private String schemeId;

    /** The details entered, or null with an error for an area or scheme that is not an id. */
    TrainingRequirementDetails details(Errors errors) {
        UUID area = id(areaId);
        UUID scheme = id(schemeId);
        if (area == null && !TrainingDates.blank(areaId)) {
            errors.rejectValue("areaId", "invalid", "Choose the area from the list");
        }
        if (scheme == null && !TrainingDates.blank(schemeId)) {
            errors.rejectValue("schemeId", "invalid", "Choose the scheme from the list");
        }
        return errors.hasErrors() ? null : new TrainingRequirementDetails(topic, requiredBy, area, scheme);
    }

    private static UUID id(String value) {
        try {
            return TrainingDates.blank(value) ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getTopic() { return topic; }
    public void setTopic(String value) { this.topic = value; }
    public String getRequiredBy() { return requiredBy; }
    public void setRequiredBy(String value) { this.requiredBy = value; }
    public String getAreaId() { return areaId; }
    public void setAreaId(String value) { this.areaId = value; }
    public String getSchemeId() { return schemeId; }
    public void setSchemeId(String value) { this.schemeId = value; }
}
