package uk.saferhub.directory.web;

import java.util.LinkedHashMap;
import java.util.Map;


import org.springframework.web.util.UriComponentsBuilder;

import uk.saferhub.directory.OrganisationType;

/**
 * Reads what a list page was asked for, forgiving what a person may have typed into the address bar, and writes the
 * links back to it with every value strictly encoded.
 */
final class ListLinks {

    private ListLinks() {
    }

    /** A page number from the query string: anything that is not a positive number is the first page. */
    static int page(String page) {
        if (page == null || !page.strip().matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(page.strip()));
    }

    /** An organisation type from the query string; an unknown one is no filter. */
    static OrganisationType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        for (OrganisationType candidate : OrganisationType.values()) {
            if (candidate.name().equals(type.strip())) {
                return candidate;
            }
        }
        return null;
    }

    /** A link to a list with the given query values, leaving out those that are null or blank. */
    static String link(String path, Map<String, ?> query) {
        var builder = UriComponentsBuilder.fromPath(path);
        Map<String, Object> values = new LinkedHashMap<>();
        query.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                builder.queryParam(name, "{" + name + "}");
                values.put(name, value.toString());
            }
        });
        return builder.encode().buildAndExpand(values).toUriString();
    }
}
