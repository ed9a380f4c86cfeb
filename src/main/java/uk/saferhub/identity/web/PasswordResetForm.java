package uk.saferhub.identity.web;

import jakarta.validation.constraints.NotBlank;

/** The new password an administrator sets for a user, typed twice. */
record PasswordResetForm(
        @NotBlank(message = "{identity.newPassword.required}") String newPassword,
        @NotBlank(message = "{identity.newPassword.again}") String confirmPassword) {

    static PasswordResetForm empty() {
        return new PasswordResetForm(null, null);
    }
}
