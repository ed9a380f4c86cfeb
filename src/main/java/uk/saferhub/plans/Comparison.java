package uk.saferhub.plans;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * A draft's objectives set beside the current Plan's, section by section under their headings, with the words each
 * side lost or gained marked: for a reader to see at a glance what the variation changes.
 */
public record Comparison(List<ComparedObjective> objectives) {

    /** Whether a run of words is on both sides, only on the current side, or only on the proposed side. */
    public enum Mark { SAME, REMOVED, ADDED }

    /** What happened to an objective or a section. */
    public enum Change { ADDED, CHANGED, UNCHANGED, REMOVED }

    /** A run of words with one mark; {@code text} ends with the space before the next run, where there is one. */
    public record Segment(String text, Mark mark) {

        public boolean removed() {
            return mark == Mark.REMOVED;
        }

        public boolean added() {
            return mark == Mark.ADDED;
        }
    }

    /** One heading's text on each side, as paragraphs of marked runs (empty on the side that lacks the heading). */
    public record ComparedSection(String heading, Change change, List<List<Segment>> current,
            List<List<Segment>> proposed) {
    }

    public record ComparedObjective(int number, String currentTitle, String proposedTitle, Change change,
            List<ComparedSection> sections) {

        public long changedSections() {
            return sections.stream().filter(s -> s.change() != Change.UNCHANGED).count();
        }
    }

    private static final String BREAK = "\n\n";

    /** The draft's objectives against the same-numbered objectives of the current version (none for a new Plan). */
    public static Comparison of(Optional<PlanVersion> current, List<Objective> proposed) {
        List<ComparedObjective> compared = new ArrayList<>();
        for (Objective objective : proposed) {
            Optional<Objective> before = current.flatMap(version -> version.objective(objective.number()));
            compared.add(compare(before.orElse(null), objective));
        }
        return new Comparison(compared);
    }

    private static ComparedObjective compare(Objective before, Objective after) {
        Map<String, PlanSection> old = before == null ? Map.of() : before.sections().stream()
                .collect(Collectors.toMap(PlanSection::heading, Function.identity(), (a, b) -> a));
        Map<String, PlanSection> now = after.sections().stream()
                .collect(Collectors.toMap(PlanSection::heading, Function.identity(), (a, b) -> a));
        Set<String> headings = new LinkedHashSet<>();
        after.sections().forEach(section -> headings.add(section.heading()));
        if (before != null) {
            before.sections().forEach(section -> headings.add(section.heading()));
        }
        List<ComparedSection> sections = new ArrayList<>();
        for (String heading : headings) {
            sections.add(section(heading, old.get(heading), now.get(heading)));
        }
        Change change = before == null ? Change.ADDED
                : sections.stream().allMatch(s -> s.change() == Change.UNCHANGED)
                        && before.title().equals(after.title()) ? Change.UNCHANGED : Change.CHANGED;
        return new ComparedObjective(after.number(), before == null ? null : before.title(), after.title(), change,
                sections);
    }

    private static ComparedSection section(String heading, PlanSection before, PlanSection after) {
        List<String> oldWords = words(before);
        List<String> newWords = words(after);
        List<Token> oldSide = new ArrayList<>();
        List<Token> newSide = new ArrayList<>();
        int o = 0;
        int n = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldWords, newWords).getDeltas()) {
            while (o < delta.getSource().getPosition()) {
                oldSide.add(new Token(oldWords.get(o++), Mark.SAME));
                newSide.add(new Token(newWords.get(n++), Mark.SAME));
            }
            delta.getSource().getLines().forEach(word -> oldSide.add(new Token(word, Mark.REMOVED)));
            delta.getTarget().getLines().forEach(word -> newSide.add(new Token(word, Mark.ADDED)));
            o += delta.getSource().size();
            n += delta.getTarget().size();
        }
        while (o < oldWords.size()) {
            oldSide.add(new Token(oldWords.get(o++), Mark.SAME));
            newSide.add(new Token(newWords.get(n++), Mark.SAME));
        }
        Change change = before == null ? Change.ADDED : after == null ? Change.REMOVED
                : Objects.equals(oldWords, newWords) ? Change.UNCHANGED : Change.CHANGED;
        return new ComparedSection(heading, change, paragraphs(oldSide), paragraphs(newSide));
    }

    private static List<String> words(PlanSection section) {
        List<String> words = new ArrayList<>();
        if (section == null) {
            return words;
        }
        for (String paragraph : section.paragraphs()) {
            if (!words.isEmpty()) {
                words.add(BREAK);
            }
            for (String word : paragraph.split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private record Token(String word, Mark mark) {
    }

    private static List<List<Segment>> paragraphs(List<Token> tokens) {
        List<List<Segment>> paragraphs = new ArrayList<>();
        List<Token> paragraph = new ArrayList<>();
        for (Token token : tokens) {
            if (token.word().equals(BREAK)) {
                // A paragraph break both sides share, or one a side gained or lost: either way a new paragraph.
                paragraphs.add(runs(paragraph));
                paragraph = new ArrayList<>();
            } else {
                paragraph.add(token);
            }
        }
        if (!paragraph.isEmpty() || !paragraphs.isEmpty()) {
            paragraphs.add(runs(paragraph));
        }
        paragraphs.removeIf(List::isEmpty);
        return paragraphs;
    }

    private static List<Segment> runs(List<Token> tokens) {
        List<Segment> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Mark mark = null;
        for (Token token : tokens) {
            if (mark != null && token.mark() != mark) {
                runs.add(new Segment(run.toString(), mark));
                run.setLength(0);
            }
            mark = token.mark();
            run.append(token.word()).append(' ');
        }
        if (mark != null) {
            runs.add(new Segment(run.toString().stripTrailing(), mark));
        }
        return runs;
    }
}
