package uk.saferhub.directory.web;

import java.util.List;
import java.util.UUID;

import uk.saferhub.directory.ContactRole;
import uk.saferhub.directory.PersonListing;
import uk.saferhub.shared.access.HandlingLevel;

/** A person in the API, with the contact roles they hold. */
public record PersonResponse(UUID id, String name, String jobTitle, UUID organisationId, String organisationName,
        String email, String phone, HandlingLevel handlingLevel, List<ContactRoleResponse> contactRoles) {

    /** A contact role in the API. */
    public record ContactRoleResponse(String title, String areaServed, UUID organisationServedId) {

        static ContactRoleResponse of(ContactRole role) {
            return new ContactRoleResponse(role.title(), role.areaServed(), role.organisationServedId());
        }
    }

    static PersonResponse of(PersonListing person) {
        return new PersonResponse(person.id(), person.name(), person.jobTitle(), person.organisationId(),
                person.organisationName(), person.email(), person.phone(), person.handlingLevel(),
                person.contactRoles().stream().map(ContactRoleResponse::of).toList());
    }
}
