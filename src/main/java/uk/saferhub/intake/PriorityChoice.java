package uk.saferhub.intake;

import java.util.UUID;

/** A tasking priority a report or an observation may be linked to, as intake shows it. */
public record PriorityChoice(UUID id, String title, String groupName) {
}
