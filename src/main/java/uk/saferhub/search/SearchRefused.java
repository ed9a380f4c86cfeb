package uk.saferhub.search;

import java.io.Serial;

import uk.saferhub.shared.ChangeRefused;

/** A search that cannot be run: no words, too many, or a kind of record the search does not know. */
public class SearchRefused extends ChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    public SearchRefused(String field, String key, Object... arguments) {
        super(field, key, arguments);
    }
}
