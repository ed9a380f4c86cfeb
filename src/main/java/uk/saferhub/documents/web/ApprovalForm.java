package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.validation.Errors;

import uk.saferhub.documents.NewApproval;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.web.DateEntered;
import uk.saferhub.shared.web.DateInput;
import uk.saferhub.shared.web.FormErrors;
import uk.saferhub.shared.web.PlainText;

/**
 * An approval as posted: the meeting of the approving body that approved the draft, or a delegated decision with the
 * decision-maker and its date.
 */
record ApprovalForm(
        Route approval,
        @PlainText String delegatedTo,
        @DateEntered(name = "documents.approve.decided.name", required = false) DateInput decided) {

    ApprovalForm {
        decided = DateInput.orEmpty(decided);
    }

    /** How the draft was approved, as its radio sends it: a meeting's id, or {@value #DELEGATED}. */
    record Route(UUID meetingId) {

        static final String DELEGATED = "DELEGATED";

        /** Spring binds the posted value through this; anything but a meeting's id or DELEGATED fails to bind. */
        public static Route valueOf(String value) {
            String text = value.strip();
            return new Route(DELEGATED.equals(text) ? null : UUID.fromString(text));
        }

        boolean delegated() {
            return meetingId == null;
        }

        @Override
        public String toString() {
            return delegated() ? DELEGATED : meetingId.toString();
        }
    }

    /** Nothing chosen yet; a delegated decision taken on the day given (today). */
    static ApprovalForm decidedOn(LocalDate today) {
        return new ApprovalForm(null, null, DateInput.of(today));
    }

    /** A meeting or a delegated decision; a delegated decision names who took it and when. */
    void check(Errors errors, String bodyName) {
        if (approval == null) {
            if (!errors.hasFieldErrors("approval")) {
                FormErrors.reject(errors, "approval", "documents.approve.approval.required", bodyName);
            }
            return;
        }
        if (approval.delegated()) {
            if (delegatedTo == null || delegatedTo.isBlank()) {
                FormErrors.reject(errors, "delegatedTo", "documents.approve.delegatedTo.required");
            }
            if (decided.isBlank()) {
                FormErrors.reject(errors, "decided.day", "documents.approve.decided.required");
            }
        }
    }

    NewApproval details(BodyId body) {
        return approval.delegated() ? NewApproval.delegated(body, delegatedTo, decided.date())
                : NewApproval.atMeeting(approval.meetingId());
    }
}
