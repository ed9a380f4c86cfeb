package uk.saferhub.intake.web;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.NavigationContributor;
import uk.saferhub.shared.web.NavigationItem;

/** Puts the intake queue (reports from residents) and PCSOs' observations in the service navigation for readers and above. */
@Component
class IntakeNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(55, "navigation.intake", "/intake", "/intake", Role.READER),
                new NavigationItem(56, "navigation.observations", "/observations", "/observations", Role.READER));
    }
}
