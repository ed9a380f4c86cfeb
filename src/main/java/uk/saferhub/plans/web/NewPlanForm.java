package uk.saferhub.plans.web;

import java.util.UUID;

/**
 * A whole new Plan to draft: its title, term, Commissioner, the year of election, the force and the Panel, and its
 * first objective as sections each starting with a line "## Heading" (more objectives are added by variation once
 * it is issued, or over the API).
 */
record NewPlanForm(String planTitle, String term, String commissioner, Integer electionYear, UUID forceId,
        UUID panelId, String title, String reason, Integer objectiveNumber, String objectiveTitle,
        String objectiveText) {
}
