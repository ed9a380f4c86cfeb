package uk.saferhub.shared.web;

import uk.saferhub.shared.access.Role;

/**
 * An entry in the service navigation, contributed by a module. The entry shows to anyone signed in when
 * {@code role} is null, otherwise to holders of that role (or one above it).
 */
public record NavigationItem(int order, String label, String href, String activePrefix, Role role) {
}
