package uk.saferhub.plans;

import java.util.List;

/** What a draft says: its title, why it is made, and the objectives it changes or adds (all of them for a new Plan). */
public record DraftDetails(String title, String reason, List<Objective> objectives) {

    public DraftDetails {
        objectives = objectives == null ? List.of()
                : objectives.stream().filter(java.util.Objects::nonNull).toList();
    }
}
