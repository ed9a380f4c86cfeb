package uk.saferhub.documents.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads and renders "SaferHub section markup", the safe markup that document content is written in.
 *
 * <p>It is CommonMark (with GitHub-style tables) in which:
 * <ul>
 * <li>a level-1 heading starts a section: numbered as the seeds do ({@code # 1. PURPOSE},
 * {@code # 2.0 PURPOSE OF THIS PROTOCOL}), an annex ({@code # Annex A: Governance Protocol}), an appendix
 * ({@code # Appendix 1(a): Contacts by area}) or unnumbered ({@code # OBJECTIVES}); an annex's own numbered parts use
 * level-2 headings ({@code ## 1. Purpose});</li>
 * <li>a paragraph or list item that begins with a clause number ({@code 1.1 To consider ...},
 * {@code - 3.2 The draft ...}) is a numbered clause of its section; leave a blank line between clauses;</li>
 * <li>content before the first heading is the preamble;</li>
 * <li>HTML is not allowed at all, nor links or images to anything but https, http and mailto addresses.</li>
 * </ul>
 * Numbered sections run 1, 2, 3 … and the clauses of section 3 run 3.1, 3.2 …; anything else is a problem with the
 * line it is on. In the HTML every heading moves one level down (a section is an {@code h2}, so the page's title stays
 * its only {@code h1}), sections and clauses carry their keys as ids, and clause numbers stay visible.
 */
public final class DocumentMarkup {

    /** The longest content accepted, in characters. */
    public static final int MAX_LENGTH = 200_000;

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private DocumentMarkup() {
    }

    /** Reads {@code source} into its sections and problems and renders it as GOV.UK HTML. */
    public static ParsedContent parse(String source) {
        String text = source == null ? "" : source;
        if (text.isBlank()) {
            return refused(text, new MarkupProblem(1, "documents.markup.content.empty"));
        }
        if (text.length() > MAX_LENGTH) {
            return refused(text, new MarkupProblem(1, "documents.markup.content.tooLong", text.length(), MAX_LENGTH));
        }
        Node document = PARSER.parse(text);
        SectionOutline.Outline outline = SectionOutline.of(document);
        List<MarkupProblem> problems = new ArrayList<>(MarkupChecks.of(document));
        problems.addAll(outline.problems());
        problems.sort(Comparator.comparingInt(MarkupProblem::line));
        outline.clauses().forEach((paragraph, number) -> number.replaceOpeningOf(paragraph));
        GovukHtml.demoteHeadings(document);
        String html = GovukHtml.render(document, EXTENSIONS, outline.anchors());
        return new ParsedContent(text, outline.sections(), problems, html);
    }

    /** The lines (counted from 0) on which the sections of {@code source} start: its level-1 headings. */
    static List<Integer> sectionStarts(String source) {
        List<Integer> starts = new ArrayList<>();
        Node document = PARSER.parse(source);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && heading.getLevel() == 1 && !heading.getSourceSpans().isEmpty()) {
                starts.add(heading.getSourceSpans().getFirst().getLineIndex());
            }
        }
        return starts;
    }

    /** How people refer to the part that {@code source} starts with: "Section 3: DISCUSSION", "Introduction". */
    static String label(String source) {
        return parse(source).sections().stream().filter(s -> s.kind() != SectionKind.CLAUSE).findFirst()
                .map(Section::label).orElse("");
    }

    /**
     * {@code source} rendered as {@link #parse} renders it, but without anchor ids (a comparison shows parts of two
     * versions on one page) and with the comparison's change marks turned into {@code <del>} and {@code <ins>}.
     */
    static String renderMarked(String source, ChangeWords words) {
        Node document = PARSER.parse(source);
        SectionOutline.Outline outline = SectionOutline.of(document);
        outline.clauses().forEach((paragraph, number) -> number.replaceOpeningOf(paragraph));
        GovukHtml.demoteHeadings(document);
        return GovukHtml.renderMarked(document, EXTENSIONS, outline.anchors(), words);
    }

    private static ParsedContent refused(String source, MarkupProblem problem) {
        return new ParsedContent(source, List.of(), List.of(problem), "");

    }
}
