package uk.saferhub.documents.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders parsed markup as HTML in GOV.UK Frontend classes, with raw HTML escaped, unsafe link addresses removed,
 * anchor ids on sections and clauses, and each clause number in its own span so that it can hang in the margin.
 */
final class GovukHtml {

    private GovukHtml() {
    }

    static String render(Node document, List<Extension> extensions, Map<Node, String> anchors) {
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> new Classes(anchors, true))
                .nodeRendererFactory(ClauseNumberRenderer::new)
                .build();
        return renderer.render(document);
    }

    /**
     * As {@link #render}, but with no anchor ids and with {@link VersionComparison}'s change marks made into
     * {@code <del>} and {@code <ins>} inside each run of text (so the tags always nest), the first of each run
     * starting with the words a screen reader says ("removed:", "added:"). Marks left anywhere else, such as in a
     * link's address or an image's alternative text, are dropped.
     */
    static String renderMarked(Node document, List<Extension> extensions, Map<Node, String> anchors,
            ChangeWords words) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(unmarked(link.getDestination()));
                link.setTitle(unmarked(link.getTitle()));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(unmarked(image.getDestination()));
                image.setTitle(unmarked(image.getTitle()));
                visitChildren(image);
            }
        });
        MarkedText.State state = new MarkedText.State();
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> new Classes(anchors, false))
                .nodeRendererFactory(ClauseNumberRenderer::new)
                .nodeRendererFactory(context -> new MarkedText(context, words, state))
                .build();
        return unmarked(renderer.render(document));
    }

    private static String unmarked(String text) {
        return text == null ? null : text.replaceAll("[\u0001-\u0004]", "");
    }

    /** Moves every heading one level down, so that the page's own h1 (the document title) stays the only h1. */
    static void demoteHeadings(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
            }
        });
    }

    /** GOV.UK classes and anchor ids on the elements commonmark writes. */
    private record Classes(Map<Node, String> anchors, boolean ids) implements AttributeProvider {

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            String anchor = anchors.get(node);
            if (anchor != null && ids) {
                attributes.put("id", anchor);
            }
            String classes = switch (node) {
                case Heading heading -> switch (heading.getLevel()) {
                    case 1, 2 -> "govuk-heading-l";
                    case 3 -> "govuk-heading-m";
                    default -> "govuk-heading-s";
                };
                case Paragraph paragraph -> anchor != null ? "govuk-body app-clause" : "govuk-body";
                case ListItem item -> anchor != null ? "app-clause" : null;
                case BulletList list -> allClauses(list)
                        ? "govuk-list app-clause-list"
                        : "govuk-list govuk-list--bullet";
                case OrderedList list -> "govuk-list govuk-list--number";
                case Link link -> "govuk-link";
                case BlockQuote quote -> "govuk-inset-text";
                case ThematicBreak rule -> "govuk-section-break govuk-section-break--m govuk-section-break--visible";
                case TableBlock table -> "govuk-table";
                case TableHead head -> "govuk-table__head";
                case TableBody body -> "govuk-table__body";
                case TableRow row -> "govuk-table__row";
                case TableCell cell -> cell.isHeader() ? "govuk-table__header" : "govuk-table__cell";
                default -> null;
            };
            if (classes != null) {
                attributes.put("class", classes);
            }
            if (node instanceof TableCell cell && cell.isHeader()) {
                attributes.put("scope", "col");
            }
        }

        private boolean allClauses(BulletList list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!anchors.containsKey(item)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Writes a clause number as {@code <span class="app-clause-number">3.2</span>} followed by a space. */
    private static final class ClauseNumberRenderer implements NodeRenderer {

        private final HtmlWriter html;

        ClauseNumberRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(ClauseNumber.class);
        }

        @Override
        public void render(Node node) {
            html.tag("span", Map.of("class", "app-clause-number"));
            html.text(((ClauseNumber) node).number());
            html.tag("/span");
            html.text(" ");
        }
    }
}
