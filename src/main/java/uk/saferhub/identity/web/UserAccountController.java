package uk.saferhub.identity.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.directory.Directory;
import uk.saferhub.identity.Identity;
import uk.saferhub.identity.PasswordPolicy;
import uk.saferhub.identity.PasswordRefusedException;
import uk.saferhub.identity.UserAccount;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.RefusalMessage;

/**
 * One user account for an administrator: its details, and disabling, enabling, changing roles and resetting the
 * password. A user outside the administrator's partnership answers 404, as if absent.
 */
@Controller
@RequestMapping("/admin/users/{id}")
class UserAccountController {

    private final Identity identity;
    private final PasswordPolicy policy;
    private final PartnerOrganisations organisations;
    private final Directory directory;

    UserAccountController(Identity identity, PasswordPolicy policy, PartnerOrganisations organisations,
            Directory directory) {
        this.directory = directory;
        this.identity = identity;
        this.policy = policy;
        this.organisations = organisations;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        return page(managed(id), model, null);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/roles")
    String changeRoles(@PathVariable UUID id, @Valid @ModelAttribute RolesForm rolesForm, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        UserAccount account = managed(id);
        if (!errors.hasErrors()) {
            try {
                identity.changeRoles(CurrentActor.require(), id, rolesForm.getRoles());
                return done(account, "The roles of " + account.username() + " have been changed", redirect);
            } catch (IllegalArgumentException refused) {
                errors.rejectValue("roles", "roles.refused", RefusalMessage.of(refused));
            }
        }
        return page(account, model, errors);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/password")
    String resetPassword(@PathVariable UUID id, @Valid @ModelAttribute PasswordResetForm passwordResetForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        UserAccount account = managed(id);
        PasswordChoice.check(policy, passwordResetForm.getNewPassword(), passwordResetForm.getConfirmPassword(),
                account.username(), errors, "newPassword", "confirmPassword");
        if (!errors.hasErrors()) {
            try {
                identity.resetPassword(CurrentActor.require(), id, passwordResetForm.getNewPassword());
                return done(account, "The password of " + account.username()
                        + " has been reset and they have been signed out. Give the new password to the user securely",
                        redirect);
            } catch (PasswordRefusedException refused) {
                errors.rejectValue("newPassword", "password.refused", refused.getMessage());
            }
        }
        return page(account, model, errors);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/disable")
    String disable(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        UserAccount account = managed(id);
        try {
            identity.disableUser(CurrentActor.require(), id);
        } catch (IllegalArgumentException refused) {
            model.addAttribute("actionError", RefusalMessage.of(refused));
            return page(account, model, null);
        }
        return done(account, account.username() + " has been disabled and can no longer sign in", redirect);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/person")
    String linkPerson(@PathVariable UUID id, @ModelAttribute PersonLinkForm personLinkForm, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        UserAccount account = managed(id);
        if (errors.hasErrors()) {
            return page(account, model, errors); // a value that could not be bound must not unlink the person
        }
        String chosen = personLinkForm.getPersonId();
        UUID person = null;
        if (chosen != null && !chosen.isBlank()) {
            try {
                person = UUID.fromString(chosen);
            } catch (IllegalArgumentException notAnId) {
                errors.rejectValue("personId", "person.unknown", "Choose a person from the list");
                return page(account, model, errors);
            }
        }
        try {
            identity.linkPerson(CurrentActor.require(), id, person);
        } catch (RecordNotFoundException unknown) {
            errors.rejectValue("personId", "person.unknown", "Choose a person from the list");
            return page(account, model, errors);
        }
        return done(account, person == null ? account.username() + " is no longer linked to a person"
                : account.username() + " is now linked to the person chosen; their seats on bodies follow them",
                redirect);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/enable")
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        UserAccount account = managed(id);
        identity.enableUser(CurrentActor.require(), id);
        return done(account, account.username() + " has been enabled and can sign in again", redirect);
    }

    private UserAccount managed(UUID id) {
        return identity.userManagedBy(CurrentActor.require(), id);
    }

    private static String done(UserAccount account, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", message);
        return "redirect:/admin/users/" + account.id();
    }

    private String page(UserAccount account, Model model, BindingResult errors) {
        Actor administrator = CurrentActor.require();
        UserRow user = UserRow.of(account, organisations.names());
        boolean problem = (errors != null && errors.hasErrors()) || model.containsAttribute("actionError");
        model.addAttribute("title", (problem ? "Error: " : "") + "User " + account.username());
        model.addAttribute("user", user);
        model.addAttribute("self", account.id().equals(administrator.id()));
        model.addAttribute("allRoles", Role.values());
        if (!model.containsAttribute("rolesForm")) {
            model.addAttribute("rolesForm", new RolesForm(account.roleSet()));
        }
        if (!model.containsAttribute("personLinkForm")) {
            model.addAttribute("personLinkForm", new PersonLinkForm(account.personId() == null ? ""
                    : account.personId().toString()));
        }
        model.addAttribute("people", directory.peopleVisibleTo(administrator).stream()
                .map(person -> new Option(person.id().toString(), person.jobTitle() == null ? person.name()
                        : person.name() + ", " + person.jobTitle()))
                .toList());
        model.addAttribute("linkedPerson", account.personId() == null ? null : directory.peopleVisibleTo(administrator)
                .stream().filter(person -> person.id().equals(account.personId())).map(person -> person.name())
                .findFirst().orElse("Someone outside your partnership"));
        if (!model.containsAttribute("passwordResetForm")) {
            model.addAttribute("passwordResetForm", new PasswordResetForm());
        }
        return "identity/user";
    }
}
