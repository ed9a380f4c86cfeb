package uk.saferhub.intake.internal;

import java.util.List;

/**
 * A service residents may report (an Open311 service) with its questions.
 *
 * @param responsibility which kind of organisation deals with it where the report lies
 */
public record Service(String code, String name, String description, String group, String keywords, String type,
        Responsibility responsibility, List<Attribute> attributes) {

    public boolean metadata() {
        return !attributes.isEmpty();
    }

    public java.util.Optional<Attribute> attribute(String attributeCode) {
        return attributes.stream().filter(attribute -> attribute.code().equals(attributeCode)).findFirst();
    }

    /** An Open311 service definition attribute; values only for the list datatypes. */
    public record Attribute(String code, int order, boolean variable, String datatype, boolean required,
            String datatypeDescription, String description, List<Value> values) {

        public boolean isList() {
            return datatype.endsWith("valuelist");
        }

        public boolean allows(String key) {
            return values.stream().anyMatch(value -> value.key().equals(key));
        }
    }

    public record Value(String key, String name) {
    }

    /** The kind of organisation that deals with a service. */
    public enum Responsibility {
        COUNCIL, NEIGHBOURHOOD_POLICING_TEAM
    }
}
