package uk.saferhub.shared.web;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what SaferHub is, and for a signed-in user the capabilities they may use. Open to everyone. */
@Controller
class HomeController {

    @PermitAll
    @GetMapping("/")
    String home() {
        return "home/home";
    }

    @PermitAll
    @GetMapping("/accessibility")
    String accessibility() {
        return "home/accessibility";
    }
}
