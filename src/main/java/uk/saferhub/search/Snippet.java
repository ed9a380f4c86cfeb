package uk.saferhub.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A few words of a record's text around the words searched for, as parts that are or are not a match, so a page can
 * mark the matches without putting any of the record's text into markup itself.
 */
public record Snippet(List<Part> parts) {

    public static final Snippet NONE = new Snippet(List.of());

    /** What {@code ts_headline} puts before and after a match (see {@link SearchSql#HEADLINE_OPTIONS}). */
    static final char START = '\u0002';
    static final char STOP = '\u0003';

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** A part of the snippet; {@code match} when it is one of the words searched for. */
    public record Part(String text, boolean match) {
    }

    /** The snippet of a headline PostgreSQL marked with {@link #START} and {@link #STOP}. */
    public static Snippet marked(String headline) {
        if (headline == null || headline.isBlank()) {
            return NONE;
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean match = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!text.isEmpty()) {
                    parts.add(new Part(text.toString(), match));
                    text.setLength(0);
                }
                match = c == START;
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new Part(text.toString(), match));
        }
        return new Snippet(parts);
    }

    /** The snippet as plain text. */
    public String plain() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString().strip();
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
