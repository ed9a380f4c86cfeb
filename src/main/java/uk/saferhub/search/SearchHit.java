package uk.saferhub.search;

import java.time.LocalDate;

/**
 * One record found: its kind, its title, a snippet of its text around the words searched for, the address of its page
 * and, when it has one, the day it is known by (a meeting's date, a decision's, an action's due date).
 */
public record SearchHit(String kind, String title, Snippet snippet, String href, LocalDate when) {

    public SearchHit {
        snippet = snippet == null ? Snippet.NONE : snippet;
    }
}
