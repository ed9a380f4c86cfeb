package uk.saferhub.shared.access;

/** Published when an actor is shown an AGENCY or POLICE_ONLY record; the audit module records it. */
public record RestrictedRecordViewed(Actor actor, String recordType, String recordId, HandlingLevel handlingLevel) {
}
