package uk.saferhub.shared.access;

/**
 * Published when access is refused: a record the actor may not see, or a page their role does not allow. The actor is
 * null for an anonymous request.
 */
public record AccessRefused(Actor actor, String recordType, String recordId, String reason) {
}
