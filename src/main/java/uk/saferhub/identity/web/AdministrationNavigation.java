package uk.saferhub.identity.web;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.NavigationContributor;
import uk.saferhub.shared.web.NavigationItem;

/** Puts "Administration" (users, API keys and the audit trail) in the service navigation of administrators. */
@Component
class AdministrationNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(900, "navigation.administration", "/admin/users", "/admin",
                Role.ADMINISTRATOR));
    }
}
