package uk.saferhub.plans.web;

/**
 * Drafting or changing a variation: its title, why, and the one objective it changes or adds, written as sections
 * each starting with a line "## Heading" and then its paragraphs. The draft's version guards against a change made
 * meanwhile.
 */
record DraftForm(String title, String reason, Integer objectiveNumber, String objectiveTitle, String objectiveText,
        Integer version) {
}
