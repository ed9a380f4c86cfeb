package uk.saferhub.shared.access;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one place that decides who may change a record, beside {@link AccessPolicy} which decides who may see it: an
 * actor holding at least the role the change needs (administrator &gt; coordinator &gt; contributor &gt; reader; panel
 * member apart), for an organisation sharing with the record's owner, or for one of the organisations the record says
 * may change it (a document's owner and parties), and who may see the record. Every module's "may edit" answer, and
 * every page's edit buttons, come from here.
 */
public final class ChangePolicy {

    private ChangePolicy() {
    }

    /** Whether the actor may make a change needing the role to this record. A null actor (the public) may not. */
    public static boolean mayChange(Actor actor, Restricted record, Role needed) {
        // Seeing a body's chair through a seat on the body (Restricted.alsoSeenBy) gives no right to change them.
        if (actor == null || !holds(actor, needed) || !AccessPolicy.canSeeAsItsLevelSays(actor, record)) {
            return false;
        }
        Optional<Set<UUID>> only = record.changedOnlyBy();
        return only.isPresent()
                ? actor.organisationId().equals(record.owningOrganisationId())
                        || only.get().contains(actor.organisationId())
                : actor.sharesWith(record.owningOrganisationId());
    }

    /**
     * Whether the actor may make a change needing the role to records of this organisation, or add one it will own:
     * for changes that have no record yet (a new scheme, a team's posts).
     */
    public static boolean mayChangeFor(Actor actor, UUID owningOrganisationId, Role needed) {
        return actor != null && holds(actor, needed) && actor.sharesWith(owningOrganisationId);
    }

    /**
     * Whether the actor holds the role or one above it, the same hierarchy Spring Security applies to
     * {@code hasRole(...)}: for changes to reference data that belongs to no organisation (places, the directory).
     */
    public static boolean holds(Actor actor, Role needed) {
        if (actor == null) {
            return false;
        }
        if (needed == Role.PANEL_MEMBER) {
            return actor.hasRole(Role.PANEL_MEMBER);
        }
        return actor.roles().stream().filter(held -> held != Role.PANEL_MEMBER)
                .anyMatch(held -> held.ordinal() <= needed.ordinal());
    }
}
