package uk.saferhub.documents.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/** The number at the start of a clause ("3.2"), kept as its own node so that it renders as a hanging number. */
final class ClauseNumber extends CustomNode {

    /** "3.2 The draft ...", "3.2. The draft ...": a section number, a dot and a clause number, then a space. */
    static final Pattern START = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.?(?:\\s+|$)");

    private final int section;
    private final int clause;

    ClauseNumber(int section, int clause) {
        this.section = section;
        this.clause = clause;
    }

    int section() {
        return section;
    }

    int clause() {
        return clause;
    }

    String number() {
        return section + "." + clause;
    }

    /** The clause number that opens {@code paragraph}, if its first words are one. */
    static Optional<ClauseNumber> opening(Paragraph paragraph) {
        return paragraph.getFirstChild() instanceof Text text ? opening(text) : Optional.empty();
    }

    /** The clause number that opens {@code text}, if its first words are one. */
    static Optional<ClauseNumber> opening(Text text) {
        Matcher matcher = START.matcher(text.getLiteral());
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new ClauseNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    /** Moves the number out of the paragraph's first text into this node, placed before it. */
    void replaceOpeningOf(Paragraph paragraph) {
        Text text = (Text) paragraph.getFirstChild();
        Matcher matcher = START.matcher(text.getLiteral());
        if (matcher.find()) {
            text.setLiteral(text.getLiteral().substring(matcher.end()));
            text.insertBefore(this);
        }
    }

    /** Whether {@code node} is a list item whose first paragraph opens with a clause number. */
    static boolean opensListItem(Node node) {
        return node.getFirstChild() instanceof Paragraph paragraph && opening(paragraph).isPresent();
    }
}
