package uk.saferhub.meetings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.shared.web.PlainText;

/** A paper as posted: title, the web address it is published at, and the agenda item it is for (optional). */
public class PaperForm {

    @NotBlank(message = "Enter the paper's title")
    @Size(max = 300, message = "The title must be 300 characters or fewer")
    @PlainText
    private String title;
    @Size(max = 1000, message = "The web address must be 1000 characters or fewer")
    @PlainText(message = "Enter a web address starting with https://, or leave it empty")
    private String link;
    private String agendaItemId;

    void check(Errors errors) {
        if (!MeetingRecording.isUuidOrBlank(agendaItemId)) {
            errors.rejectValue("agendaItemId", "invalid", "Choose the agenda item from the list");
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String value) { this.title = value; }
    public String getLink() { return link; }
    public void setLink(String value) { this.link = value; }
    public String getAgendaItemId() { return agendaItemId; }
    public void setAgendaItemId(String value) { this.agendaItemId = value; }
}
