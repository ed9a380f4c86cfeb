package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.validation.Errors;

import uk.saferhub.documents.NewApproval;
import uk.saferhub.partnership.BodyId;

/**
 * An approval as posted: the meeting of the approving body that approved the draft, or {@value #DELEGATED} with the
 * decision-maker and the date of the delegated decision.
 */
public class ApprovalForm {

    static final String DELEGATED = "DELEGATED";

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}";

    private String approval;
    private String delegatedTo;
    private String decidedDay;
    private String decidedMonth;
    private String decidedYear;

    void check(Errors errors, String bodyName) {
        if (approval == null || !(approval.equals(DELEGATED) || approval.strip().matches(UUID_PATTERN))) {
            errors.rejectValue("approval", "required", "Choose the meeting of " + bodyName + " that approved it,"
                    + " or a delegated decision");
            return;
        }
        if (delegated()) {
            if (delegatedTo == null || delegatedTo.isBlank()) {
                errors.rejectValue("delegatedTo", "required", "Enter who took the delegated decision");
            }
            FormDates.required(errors, "decided", decidedDay, decidedMonth, decidedYear,
                    "the date of the delegated decision");
        }
    }

    boolean delegated() {
        return DELEGATED.equals(approval);
    }

    NewApproval details(BodyId body) {
        if (delegated()) {
            return NewApproval.delegated(body, delegatedTo, decided());
        }
        return NewApproval.atMeeting(UUID.fromString(approval.strip()));
    }

    private LocalDate decided() {
        return FormDates.of(decidedDay, decidedMonth, decidedYear);
    }

    public String getApproval() { return approval; }
    public void setApproval(String value) { this.approval = value; }
    public String getDelegatedTo() { return delegatedTo; }
    public void setDelegatedTo(String value) { this.delegatedTo = value; }
    public String getDecidedDay() { return decidedDay; }
    public void setDecidedDay(String value) { this.decidedDay = value; }
    public String getDecidedMonth() { return decidedMonth; }
    public void setDecidedMonth(String value) { this.decidedMonth = value; }
    public String getDecidedYear() { return decidedYear; }
    public void setDecidedYear(String value) { this.decidedYear = value; }
}
