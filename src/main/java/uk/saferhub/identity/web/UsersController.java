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
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/** An administrator's list of the users of the organisations they look after, and the page to create one. */
@Controller
@RequestMapping("/admin/users")
class UsersController {

    /** The identity module calls the new password what this form calls the password. */
    private static final Map<String, String> FIELDS = Map.of("newPassword", "password");

    private final Identity identity;
    private final PasswordPolicy policy;
    private final PartnerOrganisations organisations;
    private final FormPost post;
    private final PageWords words;

    UsersController(Identity identity, PasswordPolicy policy, PartnerOrganisations organisations, FormPost post,
            PageWords words) {
        this.words = words;
        this.identity = identity;
        this.policy = policy;
        this.organisations = organisations;
        this.post = post;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping
    String list(Actor administrator, @Valid @ModelAttribute("filter") UserFilter filter, BindingResult errors,
            Model model) {
        BindingResult checked = post.check(filter, errors, model);
        Map<UUID, String> names = organisations.names();
        List<UserRow> users = checked.hasErrors() ? List.of() : identity.usersManagedBy(administrator).stream()
                .filter(filter::matches)
                .map(account -> UserRow.of(account, names, words))
                .toList();
        model.addAttribute("users", users);
        model.addAttribute("filtered", filter.active());
        model.addAttribute("organisations", organisations.optionsFor(administrator));
        return "identity/users";
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping("/new")
    String newUser(Actor administrator, Model model) {
        model.addAttribute("newUserForm", NewUserForm.empty());
        return newUserPage(administrator, model);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping
    String create(Actor administrator, @Valid @ModelAttribute NewUserForm newUserForm, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        BindingResult checked = post.check(newUserForm, errors, model, rules -> {
            if (!rules.hasFieldErrors("username") && newUserForm.username() != null
                    && identity.usernameTaken(newUserForm.username())) {
                FormErrors.reject(rules, "username", "identity.user.username.taken");
            }
            if (!rules.hasFieldErrors("organisationId") && newUserForm.organisationId() != null
                    && !administrator.sharesWith(newUserForm.organisationId())) {
                FormErrors.reject(rules, "organisationId", "identity.organisationId.notYours");
            }
            PasswordChoice.check(policy, newUserForm.password(), newUserForm.confirmPassword(),
                    newUserForm.username(), rules, "password", "confirmPassword");
        });
        return post.submit(checked, redirect, FIELDS, () -> {
            var account = identity.createUser(administrator, newUserForm.toNewUser());
            return Done.redirect("/admin/users/" + account.id(), "identity.user.created", account.username());
        }, () -> newUserPage(administrator, model));
    }

    private String newUserPage(Actor administrator, Model model) {
        model.addAttribute("organisations", organisations.optionsFor(administrator));
        model.addAttribute("roleOptions", words.options(Role.values(), "identity.role."));
        return "identity/new-user";
    }
}
