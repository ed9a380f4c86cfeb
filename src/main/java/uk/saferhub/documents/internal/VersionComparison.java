package uk.saferhub.documents.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * Compares two versions of a document's content side by side: lines are aligned with java-diff-utils, and within a
 * changed line the changed words are marked by its {@link DiffRowGenerator}; the user's text is always escaped.
 */
public final class VersionComparison {

    /**
     * Word changes are first marked with control characters that cannot survive in the text (they are replaced
     * before comparing), so that everything else can be escaped and only these become tags.
     */
    private static final char DEL_START = '\u0001';
    private static final char DEL_END = '\u0002';
    private static final char INS_START = '\u0003';
    private static final char INS_END = '\u0004';

    private static final DiffRowGenerator WORDS = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .lineNormalizer(line -> line)
            .oldTag(start -> String.valueOf(start ? DEL_START : DEL_END))
            .newTag(start -> String.valueOf(start ? INS_START : INS_END))
            .build();

    private VersionComparison() {
    }

    /** The rows that show {@code oldSource} beside {@code newSource}; null is read as empty content. */
    public static Comparison compare(String oldSource, String newSource) {
        List<String> oldLines = lines(oldSource);
        List<String> newLines = lines(newSource);
        List<AbstractDelta<String>> deltas = new ArrayList<>(DiffUtils.diff(oldLines, newLines).getDeltas());
        deltas.sort(Comparator.comparingInt(delta -> delta.getSource().getPosition()));
        List<ComparedLine> rows = new ArrayList<>();
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<String> delta : deltas) {
            while (oldIndex < delta.getSource().getPosition()) {
                rows.add(unchanged(oldLines.get(oldIndex), ++oldIndex, ++newIndex));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            int paired = Math.min(removed.size(), added.size());
            for (int i = 0; i < paired; i++) {
                rows.add(changed(removed.get(i), added.get(i), ++oldIndex, ++newIndex));
            }
            for (String line : removed.subList(paired, removed.size())) {
                rows.add(new ComparedLine(ChangeKind.REMOVED, ++oldIndex, null, escape(line), ""));
            }
            for (String line : added.subList(paired, added.size())) {
                rows.add(new ComparedLine(ChangeKind.ADDED, null, ++newIndex, "", escape(line)));
            }
        }
        while (oldIndex < oldLines.size()) {
            rows.add(unchanged(oldLines.get(oldIndex), ++oldIndex, ++newIndex));
        }
        return new Comparison(rows, count(rows, ChangeKind.ADDED), count(rows, ChangeKind.REMOVED),
                count(rows, ChangeKind.CHANGED));
    }

    private static ComparedLine unchanged(String line, int oldLine, int newLine) {
        String html = escape(line);
        return new ComparedLine(ChangeKind.UNCHANGED, oldLine, newLine, html, html);
    }

    private static ComparedLine changed(String oldText, String newText, int oldLine, int newLine) {
        if (oldText.equals(newText)) {
            return unchanged(oldText, oldLine, newLine);
        }
        DiffRow row = WORDS.generateDiffRows(List.of(oldText), List.of(newText)).getFirst();
        return new ComparedLine(ChangeKind.CHANGED, oldLine, newLine, marked(row.getOldLine()),
                marked(row.getNewLine()));
    }

    private static List<String> lines(String source) {
        if (source == null || source.isEmpty()) {
            return List.of();
        }
        String text = source.replace(DEL_START, '\uFFFD').replace(DEL_END, '\uFFFD').replace(INS_START, '\uFFFD')
                .replace(INS_END, '\uFFFD');
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        if (lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    private static String marked(String line) {
        return escape(line)
                .replace(String.valueOf(DEL_START), "<del class=\"app-diff-del\">")
                .replace(String.valueOf(DEL_END), "</del>")
                .replace(String.valueOf(INS_START), "<ins class=\"app-diff-ins\">")
                .replace(String.valueOf(INS_END), "</ins>");
    }

    private static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    private static int count(List<ComparedLine> rows, ChangeKind kind) {
        return (int) rows.stream().filter(row -> row.kind() == kind).count();
    }
}
