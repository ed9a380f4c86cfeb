package uk.saferhub.partnership.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.partnership.internal.Governance;
import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/** A body's governance arrangements as posted, every one optional. */
record GovernanceForm(
        @Size(max = 4000, message = "{partnership.governance.termsOfReference.tooLong}")
        @PlainText(lineBreaks = true)
        String termsOfReference,
        UUID chairPersonId,
        @Min(value = 1, message = "{partnership.governance.quorum.range}")
        @Max(value = 999, message = "{partnership.governance.quorum.range}") Integer quorum,
        @Size(max = 200, message = "{partnership.governance.meetingFrequency.tooLong}") @PlainText
        String meetingFrequency,
        @DateEntered(name = "partnership.governance.reviewed.name", required = false) DateInput reviewed) {

    GovernanceForm {
        reviewed = DateInput.orEmpty(reviewed);
    }

    static GovernanceForm of(Governance governance) {
        if (governance == null) {
            return new GovernanceForm(null, null, null, null, DateInput.empty());
        }
        return new GovernanceForm(governance.termsOfReference(), governance.chairPersonId(), governance.quorum(),
                governance.meetingFrequency(), DateInput.of(governance.lastReviewed()));
    }

    /** A review cannot have happened yet. */
    void check(Errors errors, LocalDate today) {
        if (reviewed.date() != null && reviewed.date().isAfter(today)) {
            FormErrors.reject(errors, "reviewed.day", "partnership.governance.reviewed.future");
        }
    }

    Governance governance() {
        return new Governance(orNull(termsOfReference), chairPersonId, quorum, orNull(meetingFrequency),
                reviewed.date());
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
