package uk.saferhub.search;

import java.util.List;

/** A page of one source's hits and how many records of the kind match in all. */
public record SearchHits(List<SearchHit> hits, long total) {

    public SearchHits {
        hits = List.copyOf(hits);
    }

    public static SearchHits none() {
        return new SearchHits(List.of(), 0);
    }
}
