package uk.saferhub.directory;

import java.util.List;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;

/** A person as a directory list shows them, with their organisation's name and their contact roles. */
public record PersonListing(UUID id, String name, String jobTitle, UUID organisationId, String organisationName,
        String email, String phone, HandlingLevel handlingLevel, List<ContactRole> contactRoles) {

    public PersonListing {
        contactRoles = List.copyOf(contactRoles);
    }
}
