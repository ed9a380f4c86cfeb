package uk.saferhub.geography.web;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.web.NavigationContributor;
import uk.saferhub.shared.web.NavigationItem;

/** Puts the places (boundaries, wards, areas) in the service navigation for everyone signed in. */
@Component
class GeographyNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(50, "navigation.places", "/places", "/places", null));
    }
}
