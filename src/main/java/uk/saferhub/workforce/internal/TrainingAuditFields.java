package uk.saferhub.workforce.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of training events and requirements as the audit trail records them, by name. */
final class TrainingAuditFields {

    private TrainingAuditFields() {
    }

    static Map<String, Object> of(TrainingEvent event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", event.title());
        fields.put("topic", event.topic());
        fields.put("heldOn", event.heldOn());
        fields.put("venue", event.venue());
        fields.put("provider", event.provider());
        fields.put("invitedGuests", event.invitedGuests());
        fields.put("owner", event.ownerId());
        return fields;
    }

    static Map<String, Object> of(TrainingRequirement requirement) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("topic", requirement.topic());
        fields.put("requiredBy", requirement.requiredBy());
        fields.put("area", requirement.areaName());
        fields.put("scheme", requirement.schemeName());
        fields.put("owner", requirement.ownerId());
        return fields;
    }
}
