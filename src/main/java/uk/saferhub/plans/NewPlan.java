package uk.saferhub.plans;

import java.util.UUID;

import uk.saferhub.partnership.BodyId;

/**
 * A whole new Plan to draft: its title and term, the Commissioner, the calendar year the financial year of election
 * starts in, the Chief Constable's force and the Panel that reviews it; the office is the drafter's own.
 */
public record NewPlan(String title, String term, String commissioner, Integer electionYear, UUID forceId,
        BodyId panelId) {
}
