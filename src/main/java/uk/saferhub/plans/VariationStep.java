package uk.saferhub.plans;

/**
 * The steps a draft goes through, and who takes each: the Commissioner's office drafts and changes it, records the
 * consultation of the Chief Constable and the board paper, sends it, responds, publishes and issues; the Panel's
 * officers put its review on a Panel agenda and record the Panel's report and recommendations.
 */
public enum VariationStep {
    EDIT(false), CONSULT(false), BOARD_PAPER(false), SEND(false), SCHEDULE_REVIEW(true), REPORT(true),
    RESPOND(false), PUBLISH(false), ISSUE(false), WITHDRAW(false);

    private final boolean panels;

    VariationStep(boolean panels) {
        this.panels = panels;
    }

    /** Whether the Panel's officers take the step (otherwise the Commissioner's office). */
    public boolean panels() {
        return panels;
    }
}
