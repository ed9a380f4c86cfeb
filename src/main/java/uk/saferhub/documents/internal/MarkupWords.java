package uk.saferhub.documents.internal;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/** The words of parsed markup without its formatting: one line per paragraph, heading, list item or table row. */
final class MarkupWords extends AbstractVisitor {

    private final StringBuilder out = new StringBuilder();

    private MarkupWords() {
    }

    static String of(Node node) {
        MarkupWords text = new MarkupWords();
        node.accept(text);
        return tidy(text.out);
    }

    private static String tidy(CharSequence raw) {
        return raw.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{2,}", "\n").strip();
    }

    @Override
    public void visit(Text text) {
        out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        out.append(code.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
        out.append(html.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        out.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        out.append('\n');
    }

    @Override
    public void visit(Paragraph paragraph) {
        visitChildren(paragraph);
        out.append('\n');
    }

    @Override
    public void visit(Heading heading) {
        visitChildren(heading);
        out.append('\n');
    }

    @Override
    public void visit(ListItem listItem) {
        visitChildren(listItem);
        out.append('\n');
    }

    @Override
    public void visit(FencedCodeBlock codeBlock) {
        out.append(codeBlock.getLiteral()).append('\n');
    }

    @Override
    public void visit(IndentedCodeBlock codeBlock) {
        out.append(codeBlock.getLiteral()).append('\n');
    }

    @Override
    public void visit(HtmlBlock html) {
        out.append(html.getLiteral()).append('\n');
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        out.append('\n');
    }

    @Override
    public void visit(CustomNode node) {
        visitChildren(node);
        if (node instanceof TableCell) {
            out.append('\t');
        } else if (node instanceof TableRow) {
            out.append('\n');
        }
    }
}
