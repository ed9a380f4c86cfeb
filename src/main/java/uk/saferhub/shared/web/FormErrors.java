package uk.saferhub.shared.web;

import org.springframework.validation.Errors;

import uk.saferhub.shared.ChangeRefused;

/** Shows a refused change as an error on the form, beside the field it names, for the GOV.UK error summary. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(Errors errors, ChangeRefused refused) {
        if (refused.field() == null) {
            errors.reject("refused", refused.getMessage());
        } else {
            errors.rejectValue(refused.field(), "refused", refused.getMessage());
        }
    }
}
