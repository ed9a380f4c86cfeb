package uk.saferhub.identity.web;

import java.util.Map;
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
import uk.saferhub.identity.IdentityChangeRefused;
import uk.saferhub.identity.PasswordPolicy;
import uk.saferhub.identity.UserAccount;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;
import uk.saferhub.shared.web.Option;

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
    private final FormPost post;
    private final PageWords words;

    UserAccountController(Identity identity, PasswordPolicy policy, PartnerOrganisations organisations,
            Directory directory, FormPost post, PageWords words) {
        this.words = words;
        this.directory = directory;
        this.identity = identity;
        this.policy = policy;
        this.organisations = organisations;
        this.post = post;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @GetMapping
    String show(Actor administrator, @PathVariable UUID id, Model model) {
        return page(administrator, identity.userManagedBy(administrator, id), model);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/roles")
    String changeRoles(Actor administrator, @PathVariable UUID id, @Valid @ModelAttribute RolesForm rolesForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        UserAccount account = identity.userManagedBy(administrator, id);
        BindingResult checked = post.check(rolesForm, errors, model);
        return post.submit(checked, redirect, () -> {
            identity.changeRoles(administrator, id, rolesForm.roles());
            return Done.redirect(userPage(account), "identity.user.rolesChanged", account.username());
        }, () -> page(administrator, account, model));
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/password")
    String resetPassword(Actor administrator, @PathVariable UUID id,
            @Valid @ModelAttribute PasswordResetForm passwordResetForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        UserAccount account = identity.userManagedBy(administrator, id);
        BindingResult checked = post.check(passwordResetForm, errors, model, rules -> PasswordChoice.check(policy,
                passwordResetForm.newPassword(), passwordResetForm.confirmPassword(), account.username(), rules,
                "newPassword", "confirmPassword"));
        return post.submit(checked, redirect, () -> {
            identity.resetPassword(administrator, id, passwordResetForm.newPassword());
            return Done.redirect(userPage(account), "identity.user.passwordReset", account.username());
        }, () -> page(administrator, account, model));
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/disable")
    String disable(Actor administrator, @PathVariable UUID id, @ModelAttribute ButtonForm buttonForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        UserAccount account = identity.userManagedBy(administrator, id);
        return post.submit(errors, redirect, () -> {
            identity.disableUser(administrator, id);
            return Done.redirect(userPage(account), "identity.user.disabled", account.username());
        }, () -> page(administrator, account, model));
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/person")
    String linkPerson(Actor administrator, @PathVariable UUID id, @ModelAttribute PersonLinkForm personLinkForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        UserAccount account = identity.userManagedBy(administrator, id);
        // a value that could not be bound shows the form again: it must not unlink the person
        BindingResult checked = post.check(personLinkForm, errors, model);
        return post.submit(checked, redirect, () -> {
            try {
                identity.linkPerson(administrator, id, personLinkForm.personId());
            } catch (RecordNotFoundException unknown) {
                throw new IdentityChangeRefused("personId", "identity.user.person.unknown");
            }
            return Done.redirect(userPage(account), personLinkForm.personId() == null
                    ? "identity.user.unlinked" : "identity.user.linked", account.username());
        }, () -> page(administrator, account, model));
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @PostMapping("/enable")
    String enable(Actor administrator, @PathVariable UUID id, RedirectAttributes redirect) {
        UserAccount account = identity.userManagedBy(administrator, id);
        identity.enableUser(administrator, id);
        return post.done(redirect, Done.redirect(userPage(account), "identity.user.enabled", account.username()));
    }

    private static String userPage(UserAccount account) {
        return "/admin/users/" + account.id();
    }

    private String page(Actor administrator, UserAccount account, Model model) {
        Map<UUID, String> names = organisations.names();
        model.addAttribute("user", UserRow.of(account, names, words));
        model.addAttribute("self", account.id().equals(administrator.id()));
        model.addAttribute("roleOptions", words.options(Role.values(), "identity.role."));
        if (!model.containsAttribute("rolesForm")) {
            model.addAttribute("rolesForm", new RolesForm(account.roleSet()));
        }
        if (!model.containsAttribute("personLinkForm")) {
            model.addAttribute("personLinkForm", new PersonLinkForm(account.personId()));
        }
        var people = directory.peopleVisibleTo(administrator);
        model.addAttribute("people", people.stream()
                .map(person -> Option.of(person.id(), person.jobTitle() == null ? person.name()
                        : person.name() + ", " + person.jobTitle()))
                .toList());
        model.addAttribute("linkedPerson", account.personId() == null ? null : people.stream()
                .filter(person -> person.id().equals(account.personId())).map(person -> person.name())
                .findFirst().orElse(null));
        model.addAttribute("linkedOutside", account.personId() != null && people.stream()
                .noneMatch(person -> person.id().equals(account.personId())));
        if (!model.containsAttribute("buttonForm")) {
            model.addAttribute("buttonForm", ButtonForm.empty());
        }
        if (!model.containsAttribute("passwordResetForm")) {
            model.addAttribute("passwordResetForm", PasswordResetForm.empty());
        }
        return "identity/user";
    }
}
