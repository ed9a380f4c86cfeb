package uk.saferhub.directory;

/**
 * What a list of organisations is narrowed to; each part is optional.
 *
 * @param search words found in the name or short name, ignoring case
 */
public record OrganisationFilter(String search, OrganisationType type) {

    public OrganisationFilter {
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null);
    }

    /** The filter in words, for the audit trail. */
    public String describe() {
        if (search == null && type == null) {
            return "no filter";
        }
        return (search == null ? "" : "search \"" + search + "\"")
                + (search != null && type != null ? ", " : "")
                + (type == null ? "" : "type " + type.label());
    }
}
