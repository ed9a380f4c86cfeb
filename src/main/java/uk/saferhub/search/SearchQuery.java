package uk.saferhub.search;

/**
 * The words a user searches for, as they typed them: PostgreSQL reads them with {@code websearch_to_tsquery}, so
 * "quoted words" are a phrase, {@code or} gives either and a leading {@code -} leaves a word out.
 */
public record SearchQuery(String words) {

    /** The longest search, in characters. */
    public static final int MAX_LENGTH = 200;

    public SearchQuery {
        if (words == null || words.isBlank()) {
            throw new SearchRefused("q", "search.q.blank");
        }
        words = words.strip();
        if (words.length() > MAX_LENGTH) {
            throw new SearchRefused("q", "search.q.tooLong", MAX_LENGTH);
        }
    }
}
