package uk.saferhub.crimedata.web;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.web.NavigationContributor;
import uk.saferhub.shared.web.NavigationItem;

/** Puts the crime analysis (and, on its pages, the imports) in the service navigation for readers and above. */
@Component
class CrimeNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(57, "navigation.crime", "/crime", "/crime", Role.READER));
    }
}
