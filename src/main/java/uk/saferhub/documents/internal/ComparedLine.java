package uk.saferhub.documents.internal;

/**
 * One row of a side-by-side comparison: the old line and the new line (numbered from 1; null where the line is
 * absent on that side) as HTML in which the user's text is escaped and changed words are wrapped in
 * {@code <del class="app-diff-del">} (old side) or {@code <ins class="app-diff-ins">} (new side).
 */
public record ComparedLine(ChangeKind kind, Integer oldLine, Integer newLine, String oldHtml, String newHtml) {
}
