package uk.saferhub.workforce.internal;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.geography.Geography;
import uk.saferhub.geography.Place;

/**
 * What makes training events and requirements acceptable, whoever enters them (a page, the demonstration loader):
 * required fields, lengths, plain text, and an area and scheme that exist and can be seen. Returns them tidied.
 */
@Component
class TrainingRules {

    private final Geography geography;

    TrainingRules(Geography geography) {
        this.geography = geography;
    }

    TrainingEventDetails event(TrainingEventDetails details) {
        String title = required(details.title(), "title", "workforce.trainingEvent.title.required", 200);
        String topic = required(details.topic(), "topic", "workforce.trainingEvent.topic.required", 200);
        if (details.heldOn() == null) {
            throw new TrainingChangeRefused("heldOn", "workforce.trainingEvent.heldOn.required");
        }
        return new TrainingEventDetails(title, topic, details.heldOn(),
                optional(details.venue(), "venue", 200), optional(details.provider(), "provider", 200),
                optional(details.invitedGuests(), "invitedGuests", 1000));
    }

    TrainingRequirementDetails requirement(TrainingRequirementDetails details, Set<UUID> visibleSchemes) {
        String topic = required(details.topic(), "topic", "workforce.requirement.topic.required", 200);
        String requiredBy = required(details.requiredBy(), "requiredBy", "workforce.requirement.requiredBy.required",
                300);
        if (details.areaId() != null && geography.place(details.areaId()).isEmpty()) {
            throw new TrainingChangeRefused("areaId", "workforce.requirement.areaId.unknown");
        }
        if (details.schemeId() != null && !visibleSchemes.contains(details.schemeId())) {
            throw new TrainingChangeRefused("schemeId", "workforce.requirement.schemeId.unknown");
        }
        return new TrainingRequirementDetails(topic, requiredBy, details.areaId(), details.schemeId());
    }

    /** The requirement with the name of its area. */
    TrainingRequirement named(TrainingRequirement requirement) {
        if (requirement.areaId() == null) {
            return requirement;
        }
        return requirement.withAreaName(geography.place(requirement.areaId()).map(Place::name)
                .orElse("an area no longer known"));
    }

    /** The text given, stripped; refused in the words of the message {@code key} when there is none. */
    static String required(String value, String field, String key, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw new TrainingChangeRefused(field, key);
        }
        return text;
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new TrainingChangeRefused(field, "workforce.training.tooLong", String.valueOf(max));
        }
        return text;
    }
}
