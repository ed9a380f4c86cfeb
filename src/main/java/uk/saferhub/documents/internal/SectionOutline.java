package uk.saferhub.documents.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads a parsed document into its sections and clauses, in order, and checks their numbering: sections 1, 2, 3 …
 * once each, and under section 3 the clauses 3.1, 3.2, 3.3 … once each.
 */
final class SectionOutline {

    /** The outline, with the node each anchor id belongs on and the paragraphs whose clause numbers hang. */
    record Outline(List<Section> sections, List<MarkupProblem> problems, Map<Node, String> anchors,
            Map<Paragraph, ClauseNumber> clauses) {
    }

    /** A section or clause whose text is still being gathered. */
    private static final class Part {
        final SectionKind kind;
        final String key;
        final String number;
        final String heading;
        final StringBuilder text = new StringBuilder();

        Part(SectionKind kind, String key, String number, String heading) {
            this.kind = kind;
            this.key = key;
            this.number = number;
            this.heading = heading;
        }

        void append(String words) {
            if (!words.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(words);
            }
        }

        Section toSection() {
            return new Section(key, number, heading, kind, kind == SectionKind.CLAUSE ? 2 : 1, text.toString());
        }
    }

    private final List<Part> parts = new ArrayList<>();
    private final List<MarkupProblem> problems = new ArrayList<>();
    private final Map<Node, String> anchors = new LinkedHashMap<>();
    private final Map<Paragraph, ClauseNumber> clauses = new LinkedHashMap<>();
    private final Set<String> keys = new HashSet<>();
    private final Set<Integer> sectionNumbers = new HashSet<>();
    private final Set<String> annexNumbers = new HashSet<>();

    private int lastSectionNumber;
    private Part section;
    private SectionHeading sectionHeading;
    private Part clause;
    private int lastClauseNumber;
    private final Set<String> clauseNumbers = new HashSet<>();

    private SectionOutline() {
    }

    static Outline of(Node document) {
        SectionOutline outline = new SectionOutline();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && heading.getLevel() == 1) {
                outline.startSection(heading);
            } else if (block instanceof ListBlock list && outline.holdsClauses(list)) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    outline.add(item);
                }
            } else {
                outline.add(block);
            }
        }
        return new Outline(outline.parts.stream().map(Part::toSection).toList(), outline.problems, outline.anchors,
                outline.clauses);
    }

    private boolean holdsClauses(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem && ClauseNumber.opensListItem(item)) {
                return true;
            }
        }
        return false;
    }

    private void startSection(Heading heading) {
        SectionHeading read = SectionHeading.read(MarkupWords.of(heading));
        int line = MarkupChecks.line(heading);
        if (read.numberedSection()) {
            checkSectionNumber(Integer.parseInt(read.number()), line);
        } else if (read.kind() != SectionKind.SECTION && !annexNumbers.add(read.kind() + read.number())) {
            problems.add(new MarkupProblem(line, read.kind() == SectionKind.ANNEX
                    ? "documents.markup.annexTwice" : "documents.markup.appendixTwice", read.number()));
        }
        section = new Part(read.kind(), uniqueKey(read.keyStem()), read.number(), read.heading());
        sectionHeading = read;
        parts.add(section);
        anchors.put(heading, section.key);
        clause = null;
        lastClauseNumber = 0;
        clauseNumbers.clear();
    }

    private void checkSectionNumber(int number, int line) {
        int expected = lastSectionNumber + 1;
        if (!sectionNumbers.add(number)) {
            problems.add(new MarkupProblem(line, "documents.markup.sectionTwice", String.valueOf(number),
                    String.valueOf(expected)));
        } else if (number != expected) {
            problems.add(lastSectionNumber == 0
                    ? new MarkupProblem(line, "documents.markup.firstSection", String.valueOf(number))
                    : new MarkupProblem(line, "documents.markup.sectionOrder", String.valueOf(number),
                            String.valueOf(lastSectionNumber), String.valueOf(expected)));
        }
        lastSectionNumber = Math.max(lastSectionNumber, number);
    }

    private void add(Node block) {
        if (block instanceof Heading) {
            clause = null;
        }
        if (section == null) {
            section = new Part(SectionKind.PREAMBLE, uniqueKey("preamble"), null, null);
            sectionHeading = null;
            parts.add(section);
        }
        String words = MarkupWords.of(block);
        section.append(words);
        Optional<Paragraph> opening = openingParagraph(block);
        Optional<ClauseNumber> number = opening.flatMap(ClauseNumber::opening);
        if (number.isPresent()) {
            startClause(block, opening.get(), number.get(), words);
        } else if (clause != null) {
            clause.append(words);
        }
    }

    private static Optional<Paragraph> openingParagraph(Node block) {
        if (block instanceof Paragraph paragraph) {
            return Optional.of(paragraph);
        }
        if (block instanceof ListItem && block.getFirstChild() instanceof Paragraph paragraph) {
            return Optional.of(paragraph);
        }
        return Optional.empty();
    }

    private void startClause(Node block, Paragraph paragraph, ClauseNumber number, String words) {
        checkClauseNumber(number, MarkupChecks.line(block));
        String stem = sectionHeading != null && sectionHeading.numberedSection()
                ? "clause-" + number.section() + "-" + number.clause()
                : section.key + "-clause-" + number.section() + "-" + number.clause();
        clause = new Part(SectionKind.CLAUSE, uniqueKey(stem), number.number(), null);
        clause.append(ClauseNumber.START.matcher(words).replaceFirst(""));
        parts.add(clause);
        anchors.put(block, clause.key);
        clauses.put(paragraph, number);
    }

    private void checkClauseNumber(ClauseNumber number, int line) {
        String clause = number.number();
        if (section.kind == SectionKind.PREAMBLE) {
            problems.add(new MarkupProblem(line, "documents.markup.clauseBeforeSections", clause));
            return;
        }
        if (sectionHeading == null || !sectionHeading.numberedSection()) {
            if (!clauseNumbers.add(number.number())) {
                problems.add(new MarkupProblem(line, "documents.markup.clauseTwiceUnder", clause,
                        section.toSection().label()));
            }
            return;
        }
        int sectionNumber = Integer.parseInt(sectionHeading.number());
        String expected = sectionNumber + "." + (lastClauseNumber + 1);
        if (number.section() != sectionNumber) {
            problems.add(new MarkupProblem(line, "documents.markup.clauseUnderSection", clause,
                    String.valueOf(sectionNumber), expected, String.valueOf(number.section())));
            lastClauseNumber++;
            return;
        }
        if (!clauseNumbers.add(number.number())) {
            problems.add(new MarkupProblem(line, "documents.markup.clauseTwice", clause, expected));
        } else if (number.clause() != lastClauseNumber + 1) {
            problems.add(lastClauseNumber == 0
                    ? new MarkupProblem(line, "documents.markup.firstClause", clause, String.valueOf(sectionNumber),
                            expected)
                    : new MarkupProblem(line, "documents.markup.clauseOrder", clause,
                            sectionNumber + "." + lastClauseNumber, expected));
        }

        lastClauseNumber = Math.max(lastClauseNumber, number.clause());
    }

    private String uniqueKey(String stem) {
        String key = stem;
        for (int n = 2; !keys.add(key); n++) {
            key = stem + "-" + n;
        }
        return key;
    }
}
