package uk.saferhub.documents.web;

import java.util.List;

import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.internal.ControlBlock;
import uk.saferhub.documents.internal.ControlRow;
import uk.saferhub.documents.internal.DocumentMarkup;
import uk.saferhub.documents.internal.ParsedContent;
import uk.saferhub.documents.internal.Section;
import uk.saferhub.documents.internal.SectionKind;

/**
 * One version as a page shows it: the HTML that {@link DocumentMarkup} rendered (escaped and sanitised there), the
 * sections, annexes and appendices for the contents list, and the document control block kept by SaferHub for it.
 */
record RenderedVersion(DocumentVersion version, String html, List<Section> contents, List<ControlRow> control) {

    static RenderedVersion of(DocumentView view, DocumentVersion version) {
        ParsedContent parsed = DocumentMarkup.parse(version.content());
        List<Section> contents = parsed.sections().stream()
                .filter(s -> s.kind() != SectionKind.CLAUSE && s.kind() != SectionKind.PREAMBLE).toList();
        return new RenderedVersion(version, parsed.html(), contents, ControlBlock.rows(view, version));
    }
}
