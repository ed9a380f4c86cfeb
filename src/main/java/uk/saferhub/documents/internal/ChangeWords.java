package uk.saferhub.documents.internal;

/**
 * What a screen reader hears at the start of a run of added or removed words ("added:", "removed:"), from the
 * page's messages; shown to nobody else.
 */
public record ChangeWords(String added, String removed) {
}
