package uk.saferhub.documents.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Compares two versions of a document's content as a reviewer reads tracked changes: section by section (a section
 * runs from one level-1 heading to the next; text before the first is the introduction), each rendered as the
 * document page renders it. Sections are matched by their headings with java-diff-utils; within a changed section
 * lines are aligned and, within a changed line, the changed words are marked. Marks are carried through
 * {@link DocumentMarkup} as control characters that cannot survive in the text (they are replaced before comparing),
 * so the user's text is escaped as on the document page and only the marks become tags.
 */
public final class VersionComparison {

    static final char DEL_START = '\u0001';
    static final char DEL_END = '\u0002';
    static final char INS_START = '\u0003';
    static final char INS_END = '\u0004';

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}_'’]+|.");

    /** What a line starts with that is markup rather than words: heading marks, list marks, clause numbers, quotes. */
    private static final Pattern OPENING = Pattern.compile(
            "^(\\s*(?:#{1,6}\\s+|[-*+]\\s+|\\d{1,9}[.)]\\s+|\\d{1,3}(?:\\.\\d{1,3})+\\.?\\s+|>\\s?)*)(.*)$");

    private static final Pattern TABLE_DELIMITER = Pattern.compile("^[\\s|:-]+$");

    private VersionComparison() {
    }

    /** The sections of {@code oldSource} and {@code newSource} compared; null is read as empty content. */
    public static Comparison compare(String oldSource, String newSource, ChangeWords words) {
        List<Chunk> older = chunks(oldSource);
        List<Chunk> newer = chunks(newSource);
        List<AbstractDelta<String>> deltas = new ArrayList<>(
                DiffUtils.diff(older.stream().map(Chunk::key).toList(), newer.stream().map(Chunk::key).toList())
                        .getDeltas());
        deltas.sort(Comparator.comparingInt(delta -> delta.getSource().getPosition()));
        List<ComparedSection> sections = new ArrayList<>();
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<String> delta : deltas) {
            while (oldIndex < delta.getSource().getPosition()) {
                sections.add(pair(sections.size(), older.get(oldIndex++), newer.get(newIndex++), words));
            }
            List<Chunk> removed = older.subList(oldIndex, oldIndex + delta.getSource().size());
            List<Chunk> added = newer.subList(newIndex, newIndex + delta.getTarget().size());
            oldIndex += removed.size();
            newIndex += added.size();
            int i = 0;
            int j = 0;
            while (i < removed.size() && j < added.size()) {
                String name = removed.get(i).name();
                if (name.equals(added.get(j).name())) {
                    sections.add(pair(sections.size(), removed.get(i++), added.get(j++), words));
                } else if (added.subList(j, added.size()).stream().anyMatch(c -> c.name().equals(name))) {
                    sections.add(whole(sections.size(), added.get(j++), ChangeKind.ADDED, words));
                } else {
                    sections.add(whole(sections.size(), removed.get(i++), ChangeKind.REMOVED, words));
                }
            }
            while (i < removed.size()) {
                sections.add(whole(sections.size(), removed.get(i++), ChangeKind.REMOVED, words));
            }
            while (j < added.size()) {
                sections.add(whole(sections.size(), added.get(j++), ChangeKind.ADDED, words));
            }
        }
        while (oldIndex < older.size()) {
            sections.add(pair(sections.size(), older.get(oldIndex++), newer.get(newIndex++), words));
        }
        return new Comparison(sections);
    }

    private static ComparedSection pair(int index, Chunk older, Chunk newer, ChangeWords words) {
        if (older.text().equals(newer.text())) {
            return new ComparedSection(anchor(index), newer.label(), ChangeKind.UNCHANGED,
                    DocumentMarkup.renderMarked(newer.text(), words));
        }
        return new ComparedSection(anchor(index), newer.label(), ChangeKind.CHANGED,
                DocumentMarkup.renderMarked(merged(older.text(), newer.text()), words));
    }

    private static ComparedSection whole(int index, Chunk chunk, ChangeKind change, ChangeWords words) {
        String text = change == ChangeKind.ADDED ? marked(chunk.text(), INS_START, INS_END)
                : marked(chunk.text(), DEL_START, DEL_END);
        return new ComparedSection(anchor(index), chunk.label(), change, DocumentMarkup.renderMarked(text, words));
    }

    private static String anchor(int index) {
        return "compared-" + (index + 1);
    }

    /** One text holding both versions' lines: equal lines once, changed lines with their words marked. */
    static String merged(String oldText, String newText) {
        List<String> oldLines = lines(oldText);
        List<String> newLines = lines(newText);
        List<AbstractDelta<String>> deltas = new ArrayList<>(DiffUtils.diff(oldLines, newLines).getDeltas());
        deltas.sort(Comparator.comparingInt(delta -> delta.getSource().getPosition()));
        List<String> out = new ArrayList<>();
        int oldIndex = 0;
        for (AbstractDelta<String> delta : deltas) {
            while (oldIndex < delta.getSource().getPosition()) {
                out.add(oldLines.get(oldIndex++));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            int paired = Math.min(removed.size(), added.size());
            for (int i = 0; i < paired; i++) {
                out.add(wordsMarked(removed.get(i), added.get(i)));
            }
            removed.subList(paired, removed.size()).forEach(line -> out.add(marked(line, DEL_START, DEL_END)));
            added.subList(paired, added.size()).forEach(line -> out.add(marked(line, INS_START, INS_END)));
            oldIndex += removed.size();
        }
        while (oldIndex < oldLines.size()) {
            out.add(oldLines.get(oldIndex++));
        }
        return String.join("\n", out);
    }

    private static String wordsMarked(String oldLine, String newLine) {
        if (oldLine.isBlank() || newLine.isBlank()) {
            return oldLine.isBlank() ? marked(newLine, INS_START, INS_END) : marked(oldLine, DEL_START, DEL_END);
        }
        List<String> oldWords = tokens(oldLine);
        List<String> newWords = tokens(newLine);
        List<AbstractDelta<String>> deltas = new ArrayList<>(DiffUtils.diff(oldWords, newWords).getDeltas());
        deltas.sort(Comparator.comparingInt(delta -> delta.getSource().getPosition()));
        List<String[]> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : deltas) {
            while (at < delta.getSource().getPosition()) {
                String same = oldWords.get(at++);
                pieces.add(new String[] {same, null});
            }
            pieces.add(new String[] {String.join("", delta.getSource().getLines()),
                String.join("", delta.getTarget().getLines())});
            at += delta.getSource().size();
        }
        while (at < oldWords.size()) {
            pieces.add(new String[] {oldWords.get(at++), null});
        }
        return joined(pieces);
    }

    /**
     * The pieces (unchanged: {text, null}; changed: {old, new}) as one line, changes that only a space keeps apart
     * read as one ("periodically updated" replaced by "reviewed every year").
     */
    private static String joined(List<String[]> pieces) {
        List<String[]> merged = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            String[] piece = pieces.get(i);
            boolean between = piece[1] == null && piece[0].isBlank() && !merged.isEmpty()
                    && merged.getLast()[1] != null && i + 1 < pieces.size() && pieces.get(i + 1)[1] != null;
            if (between) {
                String[] next = pieces.get(++i);
                String[] last = merged.getLast();
                last[0] = last[0] + piece[0] + next[0];
                last[1] = last[1] + piece[0] + next[1];
            } else {
                merged.add(piece[1] == null ? piece : new String[] {piece[0], piece[1]});
            }
        }
        StringBuilder line = new StringBuilder();
        for (String[] piece : merged) {
            if (piece[1] == null) {
                line.append(piece[0]);
                continue;
            }
            appendMarked(line, piece[0], DEL_START, DEL_END);
            appendMarked(line, piece[1], INS_START, INS_END);
        }
        return line.toString();
    }

    private static void appendMarked(StringBuilder line, String words, char start, char end) {
        if (words.isBlank()) {
            return;
        }
        String leading = words.substring(0, words.indexOf(words.strip()));
        String trailing = words.substring(leading.length() + words.strip().length());
        line.append(leading).append(start).append(words.strip()).append(end).append(trailing);
    }

    /** Words, runs of white space and single other characters. */
    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(line);
        while (token.find()) {
            tokens.add(token.group());
        }
        return tokens;
    }

    /** Every line of {@code text} marked, leaving out of the mark what makes the line a heading, item or clause. */
    static String marked(String text, char start, char end) {
        List<String> out = new ArrayList<>();
        for (String line : lines(text)) {
            out.add(markedLine(line, start, end));
        }
        return String.join("\n", out);
    }

    private static String markedLine(String line, char start, char end) {
        if (line.isBlank() || TABLE_DELIMITER.matcher(line).matches()) {
            return line;
        }
        if (line.strip().startsWith("|")) {
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\\|", -1)) {
                cells.add(cell.isBlank() ? cell : cell.replaceFirst("^(\\s*)(.*?)(\\s*)$",
                        "$1" + start + "$2" + end + "$3"));
            }
            return String.join("|", cells);
        }
        Matcher opening = OPENING.matcher(line);
        if (!opening.matches() || opening.group(2).isBlank()) {
            return line;
        }
        return opening.group(1) + start + opening.group(2) + end;
    }

    /** A section of one version: the words of its heading line (empty for the introduction) and its text. */
    private record Chunk(String key, String label, String text) {

        /** What the section is called without its heading's words: "Section 3", "Annex A", "Introduction". */
        String name() {
            int colon = label.indexOf(": ");
            return colon < 0 ? label : label.substring(0, colon);
        }
    }

    private static List<Chunk> chunks(String source) {
        List<String> lines = lines(source);
        if (lines.isEmpty()) {
            return List.of();
        }
        List<Integer> starts = new ArrayList<>(DocumentMarkup.sectionStarts(String.join("\n", lines)));
        if (starts.isEmpty() || starts.getFirst() != 0) {
            starts.addFirst(0);
        }
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : lines.size();
            String text = trimmed(lines.subList(from, to));
            if (!text.isBlank()) {
                String key = DocumentMarkup.sectionStarts(text).contains(0) ? lines.get(from).strip() : "";
                chunks.add(new Chunk(key, DocumentMarkup.label(text), text));
            }
        }
        return chunks;
    }

    /** The lines with trailing spaces and trailing blank lines left out, so that they never count as changes. */
    private static String trimmed(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
        while (!kept.isEmpty() && kept.getLast().isEmpty()) {
            kept.removeLast();
        }
        return String.join("\n", kept);
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
}
