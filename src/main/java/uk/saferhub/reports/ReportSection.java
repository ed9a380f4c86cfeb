package uk.saferhub.reports;

import java.util.List;
import java.util.Objects;

/**
 * One section of a report: its kind, a heading of its own where the report gives one (a discussion headed
 * "Objective 1 – Maintain local police performance"), and its paragraphs, numbered when printed (5.1, 5.2 ...).
 */
public record ReportSection(SectionKind kind, String heading, List<String> paragraphs) {

    public ReportSection {
        paragraphs = paragraphs == null ? List.of() : paragraphs.stream().filter(Objects::nonNull).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    public boolean empty() {
        return paragraphs.isEmpty();
    }
}
