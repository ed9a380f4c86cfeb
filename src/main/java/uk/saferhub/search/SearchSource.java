package uk.saferhub.search;

import uk.saferhub.shared.access.Actor;

/**
 * One kind of record the search finds, implemented by the module that owns the records, as a bean. Its query must
 * apply the module's own access rule in SQL (never fetch and then filter), so that what it counts and returns is only
 * what the actor may see, and a snippet is made only of text the actor may read. {@link SearchSql} writes the common
 * part of such a query.
 */
public interface SearchSource {

    /** The kind's name in addresses and the API, for example {@code meetings}; its label is {@code search.kind.<kind>}. */
    String kind();

    /** Where the kind's group comes on the results page: lower first. */
    int order();

    /** The records of this kind matching the words that the actor may see, best first, a page of them, and how many. */
    SearchHits search(Actor actor, SearchQuery query, int offset, int limit);
}
