package uk.saferhub.partnership.web;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.web.NavigationContributor;
import uk.saferhub.shared.web.NavigationItem;

/** Puts the partnership structure in the service navigation for readers and above. */
@Component
class PartnershipNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(20, "navigation.partnership", "/partnership/structure", "/partnership",
                null));
    }
}
