package uk.saferhub.documents.internal;

import java.util.List;

/** Two versions of a document's content compared line by line, with how many lines were added, removed or changed. */
public record Comparison(List<ComparedLine> rows, int added, int removed, int changed) {

    public Comparison {
        rows = List.copyOf(rows);
    }

    /** Whether the two versions have the same lines. */
    public boolean identical() {
        return added == 0 && removed == 0 && changed == 0;
    }
}
