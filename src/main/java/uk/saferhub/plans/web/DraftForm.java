package uk.saferhub.plans.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Drafting or changing a variation: its title, why, and the objectives it changes or adds, each written as sections
 * starting with a line "## Heading" and then their paragraphs. "Add another objective" sends the form back with one
 * more empty objective, saving nothing; an objective emptied is taken out. The draft's version guards against a
 * change made meanwhile.
 */
record DraftForm(String title, String reason, List<ObjectiveRow> objectives, Integer version) {

    DraftForm {
        objectives = objectives == null ? List.of() : objectives;
    }

    /** The same form with an empty objective after the others, numbered after the highest. */
    DraftForm withAnotherObjective() {
        int next = objectives.stream().map(ObjectiveRow::number).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<ObjectiveRow> more = new ArrayList<>(objectives);
        more.add(new ObjectiveRow(next, null, null));
        return new DraftForm(title, reason, more, version);
    }
}
