package uk.saferhub.documents.internal;

import java.util.List;

/** Two versions of a document's content compared section by section, in the newer version's order. */
public record Comparison(List<ComparedSection> sections) {

    public Comparison {
        sections = List.copyOf(sections);
    }

    /** The sections that differ: changed, added or removed. */
    public List<ComparedSection> changedSections() {
        return sections.stream().filter(ComparedSection::open).toList();
    }

    /** How many sections differ. */
    public int changed() {
        return changedSections().size();
    }

    /** Whether the two versions have the same sections with the same text. */
    public boolean identical() {
        return changed() == 0;
    }
}
