package uk.saferhub.identity.web;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
import uk.saferhub.shared.web.FormPost;
import uk.saferhub.shared.web.FormPost.Done;

/** Where anyone signed in changes their own password, proving they know the current one. */
@Controller
@RequestMapping("/account/password")
class AccountPasswordController {

    private final Identity identity;
    private final PasswordPolicy policy;
    private final FormPost post;

    AccountPasswordController(Identity identity, PasswordPolicy policy, FormPost post) {
        this.identity = identity;
        this.policy = policy;
        this.post = post;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping
    String form(Model model) {
        model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
        return "identity/change-password";
    }

    @PreAuthorize("isAuthenticated()")
    @PostMapping
    String change(Actor self, Authentication signedIn,
            @Valid @ModelAttribute PasswordChangeForm passwordChangeForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        BindingResult checked = post.check(passwordChangeForm, errors, model, rules -> PasswordChoice.check(policy,
                passwordChangeForm.newPassword(), passwordChangeForm.confirmPassword(), signedIn.getName(), rules,
                "newPassword", "confirmPassword"));
        return post.submit(checked, redirect, () -> {
            identity.changeOwnPassword(self, passwordChangeForm.currentPassword(), passwordChangeForm.newPassword());
            return Done.redirect("/account/password", "identity.password.changed");
        }, () -> "identity/change-password");
    }
}
