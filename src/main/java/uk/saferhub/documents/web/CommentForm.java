package uk.saferhub.documents.web;

import java.time.LocalDate;

import org.springframework.validation.Errors;

import uk.saferhub.documents.NewComment;
import uk.saferhub.documents.Recipient;

/** A consultee's comment as posted: who made it, on which section (empty: the whole draft), what and when received. */
public class CommentForm {

    private String commenter;
    private String sectionRef;
    private String text;
    private String receivedDay;
    private String receivedMonth;
    private String receivedYear;

    static CommentForm receivedOn(LocalDate today, String onlyCommenter) {
        CommentForm form = new CommentForm();
        form.commenter = onlyCommenter;
        form.receivedDay = FormDates.day(today);
        form.receivedMonth = FormDates.month(today);
        form.receivedYear = FormDates.year(today);
        return form;
    }

    void check(Errors errors) {
        if (DocumentWorkflowContext.recipient(commenter) == null) {
            errors.rejectValue("commenter", "required", "Choose who made the comment");
        }
        if (sectionRef != null && sectionRef.length() > 60) {
            errors.rejectValue("sectionRef", "invalid", "Choose a section from the list");
        }
        if (text == null || text.isBlank()) {
            errors.rejectValue("text", "required", "Enter the comment");
        }
        FormDates.required(errors, "received", receivedDay, receivedMonth, receivedYear,
                "the date the comment was received");
    }

    NewComment details() {
        Recipient who = DocumentWorkflowContext.recipient(commenter);
        return new NewComment(sectionRef == null || sectionRef.isBlank() ? null : sectionRef.strip(), who, text,
                FormDates.of(receivedDay, receivedMonth, receivedYear));
    }

    public String getCommenter() { return commenter; }
    public void setCommenter(String value) { this.commenter = value; }
    public String getSectionRef() { return sectionRef; }
    public void setSectionRef(String value) { this.sectionRef = value; }
    public String getText() { return text; }
    public void setText(String value) { this.text = value; }
    public String getReceivedDay() { return receivedDay; }
    public void setReceivedDay(String value) { this.receivedDay = value; }
    public String getReceivedMonth() { return receivedMonth; }
    public void setReceivedMonth(String value) { this.receivedMonth = value; }
    public String getReceivedYear() { return receivedYear; }
    public void setReceivedYear(String value) { this.receivedYear = value; }
}
