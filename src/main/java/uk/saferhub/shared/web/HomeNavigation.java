package uk.saferhub.shared.web;

import java.util.List;

import org.springframework.stereotype.Component;

/** The first navigation item, for everyone signed in. */
@Component
class HomeNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(0, "navigation.home", "/", "/", null));
    }
}
