package uk.saferhub.meetings.web;

import java.util.Arrays;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import uk.saferhub.meetings.ActionStatus;

/** Progress on an action as posted: the status it is now in and a note of what has happened. */
public class ActionUpdateForm {

    private String status;
    @NotBlank(message = "Enter what has happened")
    @Size(max = 2000, message = "The note must be 2000 characters or fewer")
    private String note;

    static ActionUpdateForm of(ActionStatus current) {
        var form = new ActionUpdateForm();
        form.status = current.name();
        return form;
    }

    void check(Errors errors) {
        if (status == null || Arrays.stream(ActionStatus.values()).noneMatch(s -> s.name().equals(status))) {
            errors.rejectValue("status", "required", "Choose the action's status");
        }
        MeetingRecording.checkMultiLine(errors, "note", note, "notes");
    }

    ActionStatus actionStatus() {
        return ActionStatus.valueOf(status);
    }

    public String getStatus() { return status; }
    public void setStatus(String value) { this.status = value; }
    public String getNote() { return note; }
    public void setNote(String value) { this.note = value; }
}
