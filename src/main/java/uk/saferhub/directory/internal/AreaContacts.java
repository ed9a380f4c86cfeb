package uk.saferhub.directory.internal;

import java.util.List;
import java.util.UUID;

/** Who to contact for what in one area: a section of the contacts list of seed 001's Appendix 1(a). */
public record AreaContacts(String area, List<Contact> contacts) {

    public AreaContacts {
        contacts = List.copyOf(contacts);
    }

    /** A contact role held for the area and the person who holds it. */
    public record Contact(String role, UUID personId, String name, String organisationName, String phone,
            String email) {
    }
}
