package uk.saferhub.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** A decision as posted: its text (several lines allowed) and the agenda item it was made under (optional). */
public class DecisionForm {

    @NotBlank(message = "Enter the decision")
    @Size(max = 5000, message = "The decision must be 5000 characters or fewer")
    private String text;
    private String agendaItemId;

    void check(Errors errors) {
        MeetingRecording.checkMultiLine(errors, "text", text, "decisions");
        if (!MeetingRecording.isUuidOrBlank(agendaItemId)) {
            errors.rejectValue("agendaItemId", "invalid", "Choose the agenda item from the list");
        }
    }

    public String getText() { return text; }
    public void setText(String value) { this.text = value; }
    public String getAgendaItemId() { return agendaItemId; }
    public void setAgendaItemId(String value) { this.agendaItemId = value; }
}
