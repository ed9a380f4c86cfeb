package uk.saferhub.plans.web;

/**
 * One objective of a draft on its form: its number, title and sections written as one text ({@link ObjectiveText}).
 * A row left empty (no title, no text) is not part of the draft.
 */
record ObjectiveRow(Integer number, String title, String text) {

    boolean empty() {
        return (title == null || title.isBlank()) && (text == null || text.isBlank());
    }
}
