package uk.saferhub.tasking.web;

import jakarta.validation.constraints.Size;

/**
 * A proposal posted from the local data analysis: the meeting analysed and which category or top location of its
 * cycle (the server works out the rest again from the figures; nothing else is taken from the page).
 */
record AnalysisProposalForm(
        @Size(max = 40, message = "{analysis.form.meeting.tooLong}") String meeting,
        @Size(max = 20, message = "{analysis.form.kind.tooLong}") String kind,
        @Size(max = 300, message = "{analysis.form.key.tooLong}") String key) {
}
