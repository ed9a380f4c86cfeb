package uk.saferhub.geography;

import java.util.UUID;

/** A boundary import applied: its record's id and what it did to each feature's place. */
public record ImportOutcome(UUID importId, ImportPreview applied) {
}
