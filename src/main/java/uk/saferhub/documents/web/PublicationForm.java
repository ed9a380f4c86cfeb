package uk.saferhub.documents.web;

import org.springframework.validation.Errors;

/** Whether to put a document on the public pages ({@code PUBLISH}) or take it off them ({@code TAKE_OFF}). */
public class PublicationForm {

    static final String PUBLISH = "PUBLISH";
    static final String TAKE_OFF = "TAKE_OFF";

    private String choice;

    void check(Errors errors) {
        if (!PUBLISH.equals(choice) && !TAKE_OFF.equals(choice)) {
            errors.rejectValue("choice", "required", "Choose whether to publish it or take it off the public pages");
        }
    }

    boolean publish() {
        return PUBLISH.equals(choice);
    }

    public String getChoice() { return choice; }
    public void setChoice(String value) { this.choice = value; }
}
