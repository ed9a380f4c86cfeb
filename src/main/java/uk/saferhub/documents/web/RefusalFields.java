package uk.saferhub.documents.web;

import java.lang.reflect.RecordComponent;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a form shows the documents service's refusals, as {@code FormPost} takes it: a field the form has keeps its
 * name, a field the form calls differently is renamed ({@code reviewedOn} is the date input's {@code reviewed.day}),
 * and a field the form does not have (the document's status or version) goes to the error summary alone.
 *
 * <p>Not in the form kit yet: {@code FormErrors.reject} puts a refusal on the field it names even when the form has
 * no such field, which fails. The kit should send such a refusal to the summary for every module.
 */
final class RefusalFields extends AbstractMap<String, String> {

    private final Map<String, String> renamed;
    private final Set<String> fields;

    private RefusalFields(Map<String, String> renamed, Set<String> fields) {
        this.renamed = renamed;
        this.fields = fields;
    }

    /** The form's own fields, and pairs of a service's field name and the form's ("reviewedOn", "reviewed.day"). */
    static RefusalFields of(Class<? extends Record> form, String... renames) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (int i = 0; i < renames.length; i += 2) {
            renamed.put(renames[i], renames[i + 1]);
        }
        return new RefusalFields(renamed, Arrays.stream(form.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The form's field for the service's, or "" (the whole form) when the form has no such field. */
    @Override
    public String get(Object serviceField) {
        String renaming = renamed.get(serviceField);
        if (renaming != null) {
            return renaming;
        }
        return fields.contains(serviceField) ? (String) serviceField : "";
    }

    @Override
    public boolean containsKey(Object serviceField) {
        return true;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return renamed.entrySet();
    }
}
