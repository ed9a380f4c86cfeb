package uk.saferhub.tasking.internal;

import java.util.List;

/**
 * One thing wrong with a cycle review as entered: the form's field ({@code rows[2].outcome}, {@code proposals[0].title}
 * or none for the whole review), the message key in {@code messages/tasking-review.properties} and its values (the
 * priority's title first), and, when someone changed the priority since it was read, the fields they changed.
 */
public record ReviewProblem(String field, String key, List<Object> arguments, List<String> changed) {

    public ReviewProblem {
        arguments = List.copyOf(arguments);
        changed = changed == null ? List.of() : List.copyOf(changed);
    }

    public boolean stale() {
        return !changed.isEmpty() || key.endsWith(".stale");
    }
}
