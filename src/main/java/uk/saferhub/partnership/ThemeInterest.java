package uk.saferhub.partnership;

/** A theme a body works on, and whether it leads on it. */
public record ThemeInterest(String theme, boolean lead) {
}
