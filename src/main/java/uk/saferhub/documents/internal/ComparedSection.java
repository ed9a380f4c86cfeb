package uk.saferhub.documents.internal;

/**
 * One section of a comparison of two versions, rendered as the document page renders it: unchanged (shown from the
 * newer version), changed (one text with the removed words in {@code <del>} and the added ones in {@code <ins>}),
 * added or removed (wholly marked). The user's text is escaped by {@link DocumentMarkup}; only the marks are added.
 *
 * @param anchor the id the comparison page gives the section ("compared-3"), for the summary's links
 * @param label how people refer to the section: "Section 3: DISCUSSION", "Introduction"
 */
public record ComparedSection(String anchor, String label, ChangeKind change, String html) {

    /** Whether the section is shown open: it differs between the versions. */
    public boolean open() {
        return change != ChangeKind.UNCHANGED;
    }
}
