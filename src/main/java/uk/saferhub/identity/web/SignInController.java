package uk.saferhub.identity.web;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.saferhub.shared.SaferHubProperties;

import uk.saferhub.shared.web.PageWords;

/** The sign-in page; Spring Security handles the form's POST. Open to everyone. */
@Controller
class SignInController {

    private final SaferHubProperties properties;
    private final PageWords words;

    SignInController(SaferHubProperties properties, PageWords words) {
        this.properties = properties;
        this.words = words;
    }

    @PermitAll
    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String failed, @RequestParam(required = false) String throttled,
            @RequestParam(required = false) String signedOut, Model model) {
        boolean heldBack = throttled != null;
        model.addAttribute("failed", failed != null || heldBack);
        model.addAttribute("failureMessage", heldBack
                ? words.text("identity.login.throttled", properties.security().lockoutMinutes())
                : words.text("identity.login.failed"));
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("maxFailures", properties.security().maxFailedSignIns());
        model.addAttribute("lockoutMinutes", properties.security().lockoutMinutes());
        return "identity/login";
    }
}
