package uk.saferhub.workforce.web;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.NavigationContributor;
import uk.saferhub.shared.web.NavigationItem;

/** Puts the workforce (PCSOs, teams and posts, funding schemes) in the service navigation for readers and above. */
@Component
class WorkforceNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(50, "navigation.workforce", "/workforce", "/workforce", Role.READER));
    }
}
