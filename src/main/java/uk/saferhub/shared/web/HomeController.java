package uk.saferhub.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/**
 * The home page: what SaferHub is and, for a signed-in user, their own work in one glance, in panels the modules
 * contribute ({@link HomeContributor}). Open to everyone; the panels only to the signed-in person they are about.
 */
@Controller
class HomeController {

    private final List<HomeContributor> contributors;

    HomeController(List<HomeContributor> contributors) {
        this.contributors = contributors;
    }

    @PermitAll
    @GetMapping("/")
    String home(Model model) {
        CurrentActor.get().filter(actor -> actor.kind() == Actor.Kind.USER).ifPresent(actor -> {
            List<HomePanel> panels = contributors.stream()
                    .flatMap(contributor -> contributor.homePanels(actor).stream())
                    .sorted(Comparator.comparingInt(HomePanel::order)).toList();
            model.addAttribute("panels", rowsOfTwo(panels));
        });
        return "home/home";
    }

    /** The panels two to a row of the grid, so that a tall panel never pushes the next row out of line. */
    static List<List<HomePanel>> rowsOfTwo(List<HomePanel> panels) {
        List<List<HomePanel>> rows = new ArrayList<>();
        for (int i = 0; i < panels.size(); i += 2) {
            rows.add(panels.subList(i, Math.min(i + 2, panels.size())));
        }
        return rows;
    }

    @PermitAll
    @GetMapping("/accessibility")
    String accessibility() {
        return "home/accessibility";
    }
}
