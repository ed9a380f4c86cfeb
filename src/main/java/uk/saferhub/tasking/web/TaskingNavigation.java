package uk.saferhub.tasking.web;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.NavigationContributor;
import uk.saferhub.shared.web.NavigationItem;

/** Puts the tasking groups and their priorities in the service navigation for readers and above. */
@Component
class TaskingNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(35, "navigation.tasking", "/tasking", "/tasking", Role.READER));
    }
}
