package uk.saferhub.shared.web;

import uk.saferhub.shared.access.Role;

/**
 * An entry in the service navigation, contributed by a module. The entry shows to anyone signed in when
 * {@code role} is null, otherwise to holders of that role (or one above it). Its words are the message
 * {@code labelKey} ({@code navigation.*} in {@code messages.properties}).
 */
public record NavigationItem(int order, String labelKey, String href, String activePrefix, Role role) {
}
