package uk.saferhub.shared.web;

import java.util.List;

/** Implemented by a module that has pages in the service navigation. */
public interface NavigationContributor {

    List<NavigationItem> navigationItems();
}
