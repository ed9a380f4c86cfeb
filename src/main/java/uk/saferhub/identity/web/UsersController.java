package uk.saferhub.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.saferhub.identity.Identity;
import uk.saferhub.identity.PasswordPolicy;
import uk.saferhub.identity.PasswordRefusedException;
import uk.saferhub.identity.UserAccount;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.RefusalMessage;

/** An administrator's list of the users of the organisations they look after, and the page to create one. */
@Controller
@RequestMapping("/admin/users")
class UsersController {

    private static final String NEW_USER_TITLE = "Create a user";

    private final Identity identity;
    private final PasswordPolicy policy;
    private final PartnerOrganisations organisations;

    UsersController(Identity identity, PasswordPolicy policy, PartnerOrganisations organisations) {
        this.identity = identity;
        this.policy = policy;
        this.organisations = organisations;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping
    String list(@ModelAttribute("filter") UserFilter filter, Model model) {
        Actor administrator = CurrentActor.require();
        Map<UUID, String> names = organisations.names();
        List<UserRow> users = identity.usersManagedBy(administrator).stream()
                .filter(filter::matches)
                .map(account -> UserRow.of(account, names))
                .toList();
        model.addAttribute("users", users);
        model.addAttribute("filtered", filter.active());
        model.addAttribute("organisations", organisations.optionsFor(administrator));
        return "identity/users";
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("newUserForm", new NewUserForm());
        return newUserPage(model, null);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping
    String create(@Valid @ModelAttribute NewUserForm newUserForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Actor administrator = CurrentActor.require();
        if (!errors.hasFieldErrors("username") && identity.usernameTaken(newUserForm.getUsername())) {
            errors.rejectValue("username", "username.taken", "That username is already taken: choose another");
        }
        if (!errors.hasFieldErrors("organisationId") && !administrator.sharesWith(newUserForm.getOrganisationId())) {
            errors.rejectValue("organisationId", "organisation.refused", "Select an organisation you administer");
        }
        PasswordChoice.check(policy, newUserForm.getPassword(), newUserForm.getConfirmPassword(),
                newUserForm.getUsername(), errors, "password", "confirmPassword");
        if (errors.hasErrors()) {
            return newUserPage(model, errors);
        }
        UserAccount account;
        try {
            account = identity.createUser(administrator, newUserForm.toNewUser());
        } catch (PasswordRefusedException refused) {
            errors.rejectValue("password", "password.refused", refused.getMessage());
            return newUserPage(model, errors);
        } catch (IllegalArgumentException refused) {
            errors.reject("user.refused", RefusalMessage.of(refused));
            return newUserPage(model, errors);
        }
        redirect.addFlashAttribute("success", "User " + account.username() + " has been created");
        return "redirect:/admin/users/" + account.id();
    }

    private String newUserPage(Model model, BindingResult errors) {
        model.addAttribute("title", PageTitle.of(NEW_USER_TITLE, errors));
        model.addAttribute("organisations", organisations.optionsFor(CurrentActor.require()));
        model.addAttribute("allRoles", Role.values());
        return "identity/new-user";
    }
}
