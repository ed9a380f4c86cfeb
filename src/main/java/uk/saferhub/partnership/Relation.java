package uk.saferhub.partnership;

/** One line between two bodies: {@code from} reports to or links with {@code to}. */
public record Relation(BodyId from, BodyId to, RelationKind kind) {
}
