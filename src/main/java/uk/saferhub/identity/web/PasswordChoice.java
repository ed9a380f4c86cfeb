package uk.saferhub.identity.web;

import java.util.Objects;

import org.springframework.validation.Errors;

import uk.saferhub.identity.PasswordPolicy;
import uk.saferhub.identity.PasswordRefusedException;
import uk.saferhub.shared.web.FormErrors;

/**
 * Checks a newly chosen password and its confirmation on a form, so every problem shows at once as a field error
 * before the identity service (which checks the policy again) is asked to change anything.
 */
final class PasswordChoice {

    private PasswordChoice() {
    }

    static void check(PasswordPolicy policy, String password, String confirmation, String username,
            Errors errors, String passwordField, String confirmationField) {
        if (!errors.hasFieldErrors(passwordField)) {
            policy.problemWith(password, username).ifPresent(
                    problem -> FormErrors.reject(errors, new PasswordRefusedException(passwordField, problem)));
        }
        if (!errors.hasFieldErrors(confirmationField) && password != null && !password.isEmpty()
                && !Objects.equals(password, confirmation)) {
            FormErrors.reject(errors, confirmationField, "identity.password.mismatch");
        }
    }
}
