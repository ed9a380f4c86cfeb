package uk.saferhub.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.meetings.AgendaItem;
import uk.saferhub.meetings.AgendaItemDetails;
import uk.saferhub.shared.web.PlainText;

/** An agenda item as posted: number (optional), title, presenter (a person or a name), exemption and minutes. */
public class AgendaItemForm {

    private String number;
    @NotBlank(message = "Enter the item's title")
    @Size(max = 300, message = "The title must be 300 characters or fewer")
    @PlainText
    private String title;
    private String presenterPersonId;
    @Size(max = 200, message = "The presenter's name must be 200 characters or fewer")
    @PlainText
    private String presenterText;
    private boolean exempt;
    @Size(max = 300, message = "The reason must be 300 characters or fewer")
    @PlainText
    private String exemptReason;
    @Size(max = 20_000, message = "The minutes must be 20000 characters or fewer")
    private String minutes;

    static AgendaItemForm of(AgendaItem item) {
        var form = new AgendaItemForm();
        form.number = String.valueOf(item.number());
        form.title = item.title();
        form.presenterPersonId = item.presenterPersonId() == null ? null : item.presenterPersonId().toString();
        form.presenterText = item.presenterText();
        form.exempt = item.exempt();
        form.exemptReason = item.exemptReason();
        form.minutes = item.minutes();
        return form;
    }

    /** Checks what the annotations cannot: the number, the presenter choice and the minutes' characters. */
    void check(Errors errors) {
        if (number != null && !number.isBlank() && !number.strip().matches("[0-9]{1,3}")) {
            errors.rejectValue("number", "invalid", "Enter the item number as a whole number from 1 to 999, or "
                    + "leave it empty");
        }
        if (!MeetingRecording.isUuidOrBlank(presenterPersonId)) {
            errors.rejectValue("presenterPersonId", "invalid", "Choose the presenter from the list");
        } else if (presenterPersonId != null && !presenterPersonId.isBlank() && presenterText != null
                && !presenterText.isBlank()) {
            errors.rejectValue("presenterPersonId", "both", "Choose a presenter from the list or type a name, not both");
        }
        MeetingRecording.checkMultiLine(errors, "minutes", minutes, "minutes");
    }

    AgendaItemDetails details() {
        return new AgendaItemDetails(number == null || number.isBlank() ? null : Integer.valueOf(number.strip()),
                title, MeetingRecording.uuidOrNull(presenterPersonId), presenterText, exempt, exemptReason, minutes);
    }

    public String getNumber() { return number; }
    public void setNumber(String value) { this.number = value; }
    public String getTitle() { return title; }
    public void setTitle(String value) { this.title = value; }
    public String getPresenterPersonId() { return presenterPersonId; }
    public void setPresenterPersonId(String value) { this.presenterPersonId = value; }
    public String getPresenterText() { return presenterText; }
    public void setPresenterText(String value) { this.presenterText = value; }
    public boolean isExempt() { return exempt; }
    public void setExempt(boolean value) { this.exempt = value; }
    public String getExemptReason() { return exemptReason; }
    public void setExemptReason(String value) { this.exemptReason = value; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String value) { this.minutes = value; }
}
