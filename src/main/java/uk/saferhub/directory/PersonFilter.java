package uk.saferhub.directory;

import java.util.UUID;

/**
 * What a list of people is narrowed to; each part is optional.
 *
 * @param search words found in the name, job title or organisation name, ignoring case
 */
public record PersonFilter(String search, UUID organisationId) {

    public PersonFilter {
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public static PersonFilter none() {
        return new PersonFilter(null, null);
    }

    /** The filter in words, for the audit trail. */
    public String describe() {
        if (search == null && organisationId == null) {
            return "no filter";
        }
        return (search == null ? "" : "search \"" + search + "\"")
                + (search != null && organisationId != null ? ", " : "")
                + (organisationId == null ? "" : "organisation " + organisationId);
    }
}
