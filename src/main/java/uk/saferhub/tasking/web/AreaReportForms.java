package uk.saferhub.tasking.web;

import java.util.UUID;

import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;

/** The forms of the reports to Area Committees and Locality Partnerships. */
final class AreaReportForms {

    private AreaReportForms() {
    }

    /** Issue the report up to a day (today unless another is entered). */
    record IssueForm(@DateEntered(name = "tasking.report.to.name", required = false) DateInput to) {

        IssueForm {
            to = DateInput.orEmpty(to);
        }

        static IssueForm empty() {
            return new IssueForm(DateInput.empty());
        }
    }

    /** Attach an issued report to one of the body's coming meetings. */
    record AttachForm(UUID meetingId) {

        static AttachForm empty() {
            return new AttachForm(null);
        }
    }
}
