package uk.saferhub.search.web;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.web.NavigationContributor;
import uk.saferhub.shared.web.NavigationItem;

/** Puts the search in the service navigation for everyone signed in. */
@Component
class SearchNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(5, "navigation.search", "/search", "/search", null));
    }
}
