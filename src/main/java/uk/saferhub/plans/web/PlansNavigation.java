package uk.saferhub.plans.web;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.web.NavigationContributor;
import uk.saferhub.shared.web.NavigationItem;

/** The Plans in the service navigation, for everyone signed in (panel members included). */
@Component
class PlansNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(65, "navigation.plans", "/plans", "/plans", null));
    }
}
