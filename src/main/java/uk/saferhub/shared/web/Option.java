package uk.saferhub.shared.web;

import java.util.UUID;

/**
 * One choice in a select, a set of radios or checkboxes: the value the form sends and the label a person reads. Every
 * module's forms offer their choices as these.
 */
public record Option(String value, String label) {

    public static Option of(UUID id, String label) {
        return new Option(id.toString(), label);
    }

    public static Option of(Enum<?> value, String label) {
        return new Option(value.name(), label);
    }
}
