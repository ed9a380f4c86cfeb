package uk.saferhub.directory.web;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.web.NavigationContributor;
import uk.saferhub.shared.web.NavigationItem;

/** Puts the directory in the service navigation for everyone signed in. */
@Component
class DirectoryNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(10, "navigation.directory", "/directory/organisations", "/directory",
                null));
    }
}
