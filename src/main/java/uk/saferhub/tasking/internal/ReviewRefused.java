package uk.saferhub.tasking.internal;

import java.io.Serial;
import java.util.List;

/** A cycle review refused as a whole, nothing stored: every problem found, each naming its priority and field. */
public class ReviewRefused extends TaskingChangeRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<ReviewProblem> problems;

    public ReviewRefused(List<ReviewProblem> problems) {
        super(problems.getFirst().field(), problems.getFirst().key(), problems.getFirst().arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<ReviewProblem> problems() {
        return problems;
    }

    /** Whether it was refused because someone changed a priority since the review was read (a conflict). */
    public boolean stale() {
        return problems.stream().anyMatch(ReviewProblem::stale);
    }
}
