package uk.saferhub.shared.web;

/**
 * One line of a home page panel: a link the reader may open, a detail (which body, which document) or null, a date as
 * shown in the words of {@code dateKey} ("Due {0}") or null, and an optional GOV.UK tag (its words {@code tagKey} or
 * null, its colour {@code tagColour}: "red", "grey", ... or null for the default).
 */
public record HomeItem(String text, String href, String detail, String dateKey, String date, String tagKey,
        String tagColour) {

    /** The GOV.UK tag class for the colour. */
    public String tagClass() {
        return tagColour == null ? "govuk-tag" : "govuk-tag govuk-tag--" + tagColour;
    }
}
