package uk.saferhub.directory;

import java.util.UUID;

/** What other modules need to know of a person they may see: to name them and offer them as a choice. */
public record PersonSummary(UUID id, String name, String jobTitle, UUID organisationId) {
}
