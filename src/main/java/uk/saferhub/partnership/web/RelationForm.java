package uk.saferhub.partnership.web;

import java.util.Arrays;

import org.springframework.validation.Errors;

import uk.saferhub.partnership.RelationKind;

/** A new line from a body to another, as posted. */
public class RelationForm {

    private String kind = RelationKind.REPORTS_TO.name();
    private String to;

    void check(Errors errors) {
        if (kind == null || Arrays.stream(RelationKind.values()).noneMatch(value -> value.name().equals(kind))) {
            errors.rejectValue("kind", "required", "Choose reports to or links with");
        }
        if (to == null || !to.strip().matches("[0-9a-fA-F-]{36}")) {
            errors.rejectValue("to", "required", "Choose the other body");
        }
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
