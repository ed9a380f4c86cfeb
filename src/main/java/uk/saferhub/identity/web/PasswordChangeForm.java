package uk.saferhub.identity.web;

import jakarta.validation.constraints.NotBlank;

/** What a signed-in user enters to change their own password. */
record PasswordChangeForm(
        @NotBlank(message = "{identity.currentPassword.required}") String currentPassword,
        @NotBlank(message = "{identity.newPassword.required}") String newPassword,
        @NotBlank(message = "{identity.ownNewPassword.again}") String confirmPassword) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm(null, null, null);
    }
}
