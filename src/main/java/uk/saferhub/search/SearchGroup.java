package uk.saferhub.search;

import java.util.List;

/** The hits of one kind on the page asked for, how many there are in all, and which page this is (from 1). */
public record SearchGroup(String kind, List<SearchHit> hits, long total, int page, int pageSize) {

    public SearchGroup {
        hits = List.copyOf(hits);
    }

    /** Whether more hits of the kind match than are shown. */
    public boolean more() {
        return total > (long) (page - 1) * pageSize + hits.size();
    }

    /** How many pages of {@code pageSize} hold every hit. */
    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
