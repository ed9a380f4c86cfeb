package uk.saferhub.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A before/after summary of the fields an action changed; unchanged fields are left out. */
public final class Changes {

    private final Map<String, Change> fields = new LinkedHashMap<>();

    public record Change(String before, String after) {
    }

    public static Changes none() {
        return new Changes();
    }

    /** Every field as new: for a record being created. */
    public static Changes created(Map<String, ?> values) {
        var changes = new Changes();
        values.forEach((field, value) -> changes.field(field, null, value));
        return changes;
    }

    public Changes field(String name, Object before, Object after) {
        String was = before == null ? null : String.valueOf(before);
        String now = after == null ? null : String.valueOf(after);
        if (!Objects.equals(was, now)) {
            fields.put(name, new Change(was, now));
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Map<String, Change> fields() {
        return Collections.unmodifiableMap(fields);
    }
}
