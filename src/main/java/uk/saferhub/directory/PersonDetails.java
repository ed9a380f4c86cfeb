package uk.saferhub.directory;

import java.util.List;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;

/** What a user may set on a person. */
public record PersonDetails(UUID organisationId, String name, String jobTitle, String email, String phone,
        HandlingLevel handlingLevel, List<ContactRole> contactRoles) {
}
