package uk.saferhub.directory;

import java.util.UUID;

/**
 * A role a person is the contact for, such as "Area Community Safety Coordinator" for East North East Leeds.
 *
 * @param areaServed the area they are the contact for, when it is an area
 * @param organisationServedId the organisation they are the contact for, when it is one
 */
public record ContactRole(String title, String areaServed, UUID organisationServedId) {
}
