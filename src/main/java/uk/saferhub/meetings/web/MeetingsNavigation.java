package uk.saferhub.meetings.web;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.web.NavigationContributor;
import uk.saferhub.shared.web.NavigationItem;

/** Puts the coming meetings in the service navigation for everyone signed in. */
@Component
class MeetingsNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(30, "navigation.meetings", "/meetings", "/meetings", null));
    }
}
