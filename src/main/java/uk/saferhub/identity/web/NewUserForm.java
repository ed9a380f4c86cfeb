package uk.saferhub.identity.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.saferhub.identity.NewUser;
import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.PlainText;

/** What an administrator enters to create a user account. */
public class NewUserForm {

    @NotBlank(message = "Enter a username")
    @Pattern(regexp = "^$|^[A-Za-z0-9][A-Za-z0-9._-]{1,59}$", message = "Username must be 2 to 60 letters, numbers, "
            + "full stops, hyphens or underscores, starting with a letter or number")
    private String username;

    @NotBlank(message = "Enter the person's full name")
    @Size(max = 200, message = "Full name must be 200 characters or fewer")
    @PlainText
    private String displayName;

    @Email(message = "Enter an email address in the correct format, like name@example.org")
    @Size(max = 200, message = "Email address must be 200 characters or fewer")
    private String email;

    @NotNull(message = "Select the organisation the person works for")
    private UUID organisationId;

    @NotEmpty(message = "Select at least one role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotBlank(message = "Enter a password")
    private String password;

    @NotBlank(message = "Enter the password again")
    private String confirmPassword;

    NewUser toNewUser() {
        return new NewUser(username, displayName, email, organisationId, roles, password);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(UUID organisationId) {
        this.organisationId = organisationId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
