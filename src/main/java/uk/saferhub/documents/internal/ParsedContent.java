package uk.saferhub.documents.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.saferhub.documents.DocumentChangeRefused;

/**
 * A document's content read by {@link DocumentMarkup}: the source as written, its sections and clauses in document
 * order, the problems that stop it being saved, and the HTML to show (safe to show even when there are problems).
 */
public record ParsedContent(String source, List<Section> sections, List<MarkupProblem> problems, String html) {

    private static final Pattern NAMED = Pattern.compile("(section|clause|annex|appendix)\\s+(.+)",
            Pattern.CASE_INSENSITIVE);

    public ParsedContent {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
    }

    /** Whether the content may be saved: it has no problems. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /**
     * This content when it is valid; otherwise refuses it on the "content" field, naming the first problem and
     * counting the others.
     */
    public ParsedContent requireValid() {
        if (valid()) {
            return this;
        }
        MarkupProblem first = problems.getFirst();
        int others = problems.size() - 1;
        throw switch (others) {
            case 0 -> new DocumentChangeRefused("content", first.key(), first.getArguments());
            case 1 -> new DocumentChangeRefused("content", "documents.refused.content.problems.one", first);
            default -> new DocumentChangeRefused("content", "documents.refused.content.problems.many", first,
                    String.valueOf(others));
        };

    }

    /**
     * The part that {@code numberOrKey} names: a key ("clause-3-2"), a number ("3", "2.0", "3.2", "A", "1(a)") or
     * a name ("Section 3", "Clause 3.2", "Annex A", "Appendix 1(a)"); the first in document order when numbers repeat.
     */
    public Optional<Section> section(String numberOrKey) {
        if (numberOrKey == null || numberOrKey.isBlank()) {
            return Optional.empty();
        }
        String wanted = numberOrKey.strip();
        Optional<Section> byKey = sections.stream().filter(s -> s.key().equalsIgnoreCase(wanted)).findFirst();
        if (byKey.isPresent()) {
            return byKey;
        }
        Matcher named = NAMED.matcher(wanted);
        if (named.matches()) {
            SectionKind kind = SectionKind.valueOf(named.group(1).toUpperCase(Locale.ROOT));
            return numbered(EnumSet.of(kind), named.group(2));
        }
        return numbered(EnumSet.of(SectionKind.SECTION, SectionKind.CLAUSE), wanted)
                .or(() -> numbered(EnumSet.of(SectionKind.ANNEX, SectionKind.APPENDIX), wanted));
    }

    private Optional<Section> numbered(Set<SectionKind> kinds, String number) {
        String wanted = comparable(number);
        return sections.stream()
                .filter(s -> kinds.contains(s.kind()) && s.number() != null && comparable(s.number()).equals(wanted))
                .findFirst();
    }

    private static String comparable(String number) {
        String plain = number.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (plain.endsWith(".")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        return plain.matches("\\d+\\.0") ? plain.substring(0, plain.length() - 2) : plain;
    }
}
