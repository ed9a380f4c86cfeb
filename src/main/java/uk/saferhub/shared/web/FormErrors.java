package uk.saferhub.shared.web;

import java.util.Map;

import org.springframework.validation.Errors;

import uk.saferhub.shared.ChangeRefused;

/**
 * The one way to put an error on a form: a field's message key, or a refused change shown beside the field it names,
 * for the GOV.UK error summary. Messages are in {@code messages.properties}.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** An error on a field, its text the message {@code key} with {@code arguments}. */
    public static void reject(Errors errors, String field, String key, Object... arguments) {
        errors.rejectValue(field, key, arguments, null);
    }

    /** A change the module refused, beside the field it names (or for the whole form). */
    public static void reject(Errors errors, ChangeRefused refused) {
        reject(errors, refused, Map.of());
    }

    /** As {@link #reject(Errors, ChangeRefused)}, where the form calls the module's fields differently. */
    public static void reject(Errors errors, ChangeRefused refused, Map<String, String> formFields) {
        String field = refused.field() == null ? null : formFields.getOrDefault(refused.field(), refused.field());
        // The refusal's message key is the error's code; until a module's refusals are all keys, its words stand in.
        if (field == null || field.isEmpty()) {
            errors.reject(refused.key(), refused.arguments(), refused.key());
        } else {
            errors.rejectValue(field, refused.key(), refused.arguments(), refused.key());
        }
    }
}
