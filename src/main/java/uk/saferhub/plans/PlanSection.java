package uk.saferhub.plans;

import java.util.Arrays;
import java.util.List;

/** A heading of an objective ("Visible policing") and its text: paragraphs separated by a blank line. */
public record PlanSection(String heading, String text) {

    /** The text's paragraphs, in order. */
    public List<String> paragraphs() {
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
