package uk.saferhub.plans;

import java.util.List;

/** An objective of the Plan ("Objective 1 – Maintain local police performance"), with its headed sections in order. */
public record Objective(int number, String title, List<PlanSection> sections) {

    public Objective {
        sections = sections == null ? List.of() : sections.stream().filter(java.util.Objects::nonNull).toList();
    }
}
