package uk.saferhub.meetings.web;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.web.NavigationContributor;
import uk.saferhub.shared.web.NavigationItem;

/** Puts the action log in the service navigation for everyone signed in. */
@Component
class ActionLogNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(40, "navigation.actions", "/actions", "/actions", null));
    }
}
