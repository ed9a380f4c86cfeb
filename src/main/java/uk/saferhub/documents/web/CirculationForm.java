package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.validation.Errors;

import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.NewCirculation;
import uk.saferhub.documents.Recipient;

/** A draft's circulation as posted: why, to whom, the words for the control block, when sent and when comments close. */
public class CirculationForm {

    private String purpose;
    private List<String> recipients = new ArrayList<>();
    private String recipientsLabel;
    private String sentDay;
    private String sentMonth;
    private String sentYear;
    private boolean monthOnly;
    private String closesDay;
    private String closesMonth;
    private String closesYear;
    private String note;

    static CirculationForm sentOn(LocalDate today) {
        CirculationForm form = new CirculationForm();
        form.sentDay = FormDates.day(today);
        form.sentMonth = FormDates.month(today);
        form.sentYear = FormDates.year(today);
        return form;
    }

    void check(Errors errors) {
        CirculationPurpose chosen = purpose();
        if (chosen == null) {
            errors.rejectValue("purpose", "required", "Choose why the draft is being sent");
        }
        if (chosen != CirculationPurpose.APPROVAL) {
            if (recipients.stream().anyMatch(key -> DocumentWorkflowContext.recipient(key) == null)) {
                errors.rejectValue("recipients", "invalid", "Choose the recipients from the lists of organisations"
                        + " and bodies");
            } else if (chosen != null && recipients.isEmpty()) {
                errors.rejectValue("recipients", "required", "Choose at least one organisation or body to send the"
                        + " draft to");
            }
        }
        if (monthOnly && FormDates.blank(sentDay)) {
            if (FormDates.of("1", sentMonth, sentYear) == null) {
                errors.rejectValue("sentDay", "invalid", "Enter the month and year the draft was sent, for example"
                        + " 10 2011");
            }
        } else {
            FormDates.required(errors, "sent", sentDay, sentMonth, sentYear, "the date the draft was sent");
        }
        if (chosen == CirculationPurpose.COMMENT) {
            FormDates.required(errors, "closes", closesDay, closesMonth, closesYear, "the closing date for"
                    + " comments");
        }
    }

    NewCirculation details() {
        CirculationPurpose chosen = purpose();
        List<Recipient> to = chosen == CirculationPurpose.APPROVAL ? List.of()
                : recipients.stream().map(DocumentWorkflowContext::recipient).filter(Objects::nonNull).toList();
        LocalDate sent = monthOnly && FormDates.blank(sentDay) ? FormDates.of("1", sentMonth, sentYear)
                : FormDates.of(sentDay, sentMonth, sentYear);
        LocalDate closes = chosen == CirculationPurpose.COMMENT ? FormDates.of(closesDay, closesMonth, closesYear)
                : null;
        return new NewCirculation(chosen, to, recipientsLabel, sent, monthOnly, closes, note);
    }

    private CirculationPurpose purpose() {
        return Arrays.stream(CirculationPurpose.values()).filter(p -> p.name().equals(purpose)).findFirst()
                .orElse(null);
    }

    public String getPurpose() { return purpose; }
    public void setPurpose(String value) { this.purpose = value; }
    public List<String> getRecipients() { return recipients; }
    public void setRecipients(List<String> value) { this.recipients = value == null ? new ArrayList<>() : value; }
    public String getRecipientsLabel() { return recipientsLabel; }
    public void setRecipientsLabel(String value) { this.recipientsLabel = value; }
    public String getSentDay() { return sentDay; }
    public void setSentDay(String value) { this.sentDay = value; }
    public String getSentMonth() { return sentMonth; }
    public void setSentMonth(String value) { this.sentMonth = value; }
    public String getSentYear() { return sentYear; }
    public void setSentYear(String value) { this.sentYear = value; }
    public boolean isMonthOnly() { return monthOnly; }
    public void setMonthOnly(boolean value) { this.monthOnly = value; }
    public String getClosesDay() { return closesDay; }
    public void setClosesDay(String value) { this.closesDay = value; }
    public String getClosesMonth() { return closesMonth; }
    public void setClosesMonth(String value) { this.closesMonth = value; }
    public String getClosesYear() { return closesYear; }
    public void setClosesYear(String value) { this.closesYear = value; }
    public String getNote() { return note; }
    public void setNote(String value) { this.note = value; }
}
