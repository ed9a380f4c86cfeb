package uk.saferhub.identity.web;

import java.util.Objects;

import org.springframework.validation.BindingResult;

import uk.saferhub.identity.PasswordPolicy;

/**
 * Checks a newly chosen password and its confirmation on a form, so every problem shows at once as a field error
 * before the identity service (which checks the policy again) is asked to change anything.
 */
final class PasswordChoice {

    private PasswordChoice() {
    }

    static void check(PasswordPolicy policy, String password, String confirmation, String username,
            BindingResult errors, String passwordField, String confirmationField) {
        if (!errors.hasFieldErrors(passwordField)) {
            policy.problemWith(password, username)
                    .ifPresent(reason -> errors.rejectValue(passwordField, "password.refused", reason));
        }
        if (!errors.hasFieldErrors(confirmationField) && password != null && !password.isEmpty()
                && !Objects.equals(password, confirmation)) {
            errors.rejectValue(confirmationField, "password.mismatch", "The passwords do not match");
        }
    }
}
