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
import uk.saferhub.identity.PasswordRefusedException;
import uk.saferhub.shared.access.CurrentActor;

/** Where anyone signed in changes their own password, proving they know the current one. */
@Controller
@RequestMapping("/account/password")
class AccountPasswordController {

    private static final String TITLE = "Change your password";
    private static final String WRONG_CURRENT = "Your current password is not correct";

    private final Identity identity;
    private final PasswordPolicy policy;

    AccountPasswordController(Identity identity, PasswordPolicy policy) {
        this.identity = identity;
        this.policy = policy;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping
    String form(Model model) {
        model.addAttribute("passwordChangeForm", new PasswordChangeForm());
        return page(model, null);
    }

    @PreAuthorize("isAuthenticated()")
    @PostMapping
    String change(@Valid @ModelAttribute PasswordChangeForm passwordChangeForm, BindingResult errors,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        PasswordChoice.check(policy, passwordChangeForm.getNewPassword(), passwordChangeForm.getConfirmPassword(),
                authentication.getName(), errors, "newPassword", "confirmPassword");
        if (errors.hasErrors()) {
            return page(model, errors);
        }
        try {
            identity.changeOwnPassword(CurrentActor.require(), passwordChangeForm.getCurrentPassword(),
                    passwordChangeForm.getNewPassword());
        } catch (PasswordRefusedException refused) {
            errors.rejectValue(WRONG_CURRENT.equals(refused.getMessage()) ? "currentPassword" : "newPassword",
                    "password.refused", refused.getMessage());
            return page(model, errors);
        }
        redirect.addFlashAttribute("success", "Your password has been changed");
        return "redirect:/account/password";
    }

    private static String page(Model model, BindingResult errors) {
        model.addAttribute("title", PageTitle.of(TITLE, errors));
        return "identity/change-password";
    }
}
