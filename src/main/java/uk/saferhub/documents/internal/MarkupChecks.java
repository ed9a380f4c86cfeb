package uk.saferhub.documents.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Finds what SaferHub markup refuses anywhere in a document: raw HTML, links and images to anything but http, https
 * and mailto addresses, and a clause that starts on the line after another without the blank line between them.
 */
final class MarkupChecks extends AbstractVisitor {

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");

    private static final Pattern TAG = Pattern.compile("^<\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9-]*)");

    private final List<MarkupProblem> problems = new ArrayList<>();
    private final Set<Integer> linesWithHtml = new HashSet<>();

    private MarkupChecks() {
    }

    static List<MarkupProblem> of(Node document) {
        MarkupChecks checks = new MarkupChecks();
        document.accept(checks);
        return checks.problems;
    }

    @Override
    public void visit(HtmlBlock html) {
        refuseHtml(html, html.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
        refuseHtml(html, html.getLiteral());
    }

    @Override
    public void visit(Link link) {
        checkAddress(link, link.getDestination(), "documents.markup.line.link");
        visitChildren(link);
    }

    @Override
    public void visit(Image image) {
        checkAddress(image, image.getDestination(), "documents.markup.line.image");
        visitChildren(image);
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
        checkAddress(definition, definition.getDestination(), "documents.markup.line.link");
    }

    @Override
    public void visit(Paragraph paragraph) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak && child.getNext() instanceof Text text) {
                ClauseNumber.opening(text).ifPresent(clause -> problems.add(new MarkupProblem(line(text),
                        "documents.markup.line.clauseWithoutBlankLine", String.valueOf(line(text)),
                        clause.number())));
            }
        }
        visitChildren(paragraph);
    }

    private void refuseHtml(Node node, String literal) {
        int line = line(node);
        if (linesWithHtml.add(line)) {
            String html = literal.strip();
            problems.add(html.startsWith("<!--") && !TAG.matcher(html).find()
                    ? new MarkupProblem(line, "documents.markup.line.htmlComment", String.valueOf(line))
                    : new MarkupProblem(line, "documents.markup.line.html", String.valueOf(line), describe(html)));
        }
    }

    /** Refuses an address of a scheme not allowed, in the words of the message {@code key} (a link or an image). */
    private void checkAddress(Node node, String destination, String key) {
        String scheme = scheme(destination);
        if (scheme != null && !ALLOWED_SCHEMES.contains(scheme)) {
            int line = line(node);
            problems.add(new MarkupProblem(line, key, String.valueOf(line), scheme));
        }
    }

    /** The scheme as a browser reads it: browsers ignore spaces and control characters inside "java\tscript:". */
    static String scheme(String destination) {
        if (destination == null) {
            return null;
        }
        String squeezed = destination.codePoints().filter(c -> c > ' ' && !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        Matcher matcher = SCHEME.matcher(squeezed);
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The tag ("<b>"), or else the start of the HTML, as the message names it. */
    private static String describe(String html) {
        Matcher tag = TAG.matcher(html);
        if (tag.find()) {
            return "<" + tag.group(1) + tag.group(2).toLowerCase(Locale.ROOT) + ">";
        }
        return html.length() > 20 ? html.substring(0, 20) + "…" : html;
    }


    static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 1 : node.getSourceSpans().getFirst().getLineIndex() + 1;
    }
}
