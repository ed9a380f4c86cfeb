package uk.saferhub.identity.web;

import jakarta.validation.constraints.NotBlank;

/** The new password an administrator sets for a user, typed twice. */
public class PasswordResetForm {

    @NotBlank(message = "Enter a new password")
    private String newPassword;

    @NotBlank(message = "Enter the new password again")
    private String confirmPassword;

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
