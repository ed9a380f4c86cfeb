package uk.saferhub.reports.web;

/**
 * Editing a report: its heading lines, the contact officer, whether it is exempt and why, and each section's
 * paragraphs, a blank line between them (numbered when printed). The report's version guards against a change made
 * meanwhile.
 */
record ReportForm(Integer itemNumber, String title, String reportOf, String contactName, String contactRole,
        String contactPhone, String contactEmail, Boolean exempt, String exemption, String purpose,
        String recommendations, String termsOfReference, String background, String discussionHeading,
        String discussion, String nextSteps, String backgroundPapers, String appendices, Integer version) {
}
