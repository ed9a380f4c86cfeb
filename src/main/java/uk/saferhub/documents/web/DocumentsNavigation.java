package uk.saferhub.documents.web;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.saferhub.shared.web.NavigationContributor;
import uk.saferhub.shared.web.NavigationItem;

/** Puts the document register in the service navigation for everyone signed in, panel members included. */
@Component
class DocumentsNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(45, "navigation.documents", "/documents", "/documents", null));
    }
}
