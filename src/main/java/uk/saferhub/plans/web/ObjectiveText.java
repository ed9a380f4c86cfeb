package uk.saferhub.plans.web;

import java.util.ArrayList;
import java.util.List;

import uk.saferhub.plans.Objective;
import uk.saferhub.plans.PlanSection;

/**
 * An objective's sections as a person types them in one box: each section starts with a line "## Heading", then its
 * paragraphs separated by a blank line. Text before the first heading has no heading, which the workflow refuses.
 */
final class ObjectiveText {

    private ObjectiveText() {
    }

    static Objective parse(Integer number, String title, String text) {
        List<PlanSection> sections = new ArrayList<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : (text == null ? "" : text).split("\\R", -1)) {
            if (line.startsWith("##")) {
                if (heading != null || !body.toString().isBlank()) {
                    sections.add(new PlanSection(heading, body.toString().strip()));
                }
                heading = line.substring(2).strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        if (heading != null || !body.toString().isBlank()) {
            sections.add(new PlanSection(heading, body.toString().strip()));
        }
        return new Objective(number == null ? 0 : number, title, sections);
    }

    static String write(Objective objective) {
        StringBuilder text = new StringBuilder();
        for (PlanSection section : objective.sections()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append("## ").append(section.heading()).append("\n\n").append(section.text().strip());
        }
        return text.toString();
    }
}
