package uk.saferhub.partnership.internal;

import uk.saferhub.partnership.BodyId;

/** One line between two bodies: {@code from} reports to or links with {@code to}. */
public record Relation(BodyId from, BodyId to, RelationKind kind) {
}
