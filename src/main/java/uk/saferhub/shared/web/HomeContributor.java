package uk.saferhub.shared.web;

import java.util.List;

import uk.saferhub.shared.access.Actor;

/**
 * Implemented by a module that shows the signed-in person their own work on the home page: each panel is the module's
 * own query, limited to a few items with the total, and shows only what the reader may open.
 */
public interface HomeContributor {

    /** The panels for this signed-in user (never null; an empty list when the module has nothing to say). */
    List<HomePanel> homePanels(Actor actor);
}
