package uk.saferhub.directory.web;

import org.springframework.validation.Errors;

import uk.saferhub.directory.DirectoryChangeRefused;

/** Shows a change the directory refused as an error on the form, beside the field it names. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(Errors errors, DirectoryChangeRefused refused) {
        if (refused.field() == null) {
            errors.reject("refused", refused.getMessage());
        } else {
            errors.rejectValue(refused.field(), "refused", refused.getMessage());
        }
    }
}
