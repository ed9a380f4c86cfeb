package uk.saferhub.shared.access;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A record that belongs to an organisation and carries a handling level. It tells {@link AccessPolicy} and
 * {@link ChangePolicy} who it is for; they decide.
 */
public interface Restricted {

    UUID owningOrganisationId();

    HandlingLevel handlingLevel();

    /** What the audit trail calls this kind of record, for example {@code person}. */
    String recordType();

    /** The record's identity in the audit trail. */
    String recordId();

    /**
     * Organisations that may see a PARTNERSHIP record besides those sharing with the owner, for example the parties
     * to a document. Empty unless the owning module says otherwise.
     */
    default Set<UUID> sharedWith() {
        return Set.of();
    }

    /**
     * When present, the record is seen by this list alone rather than by the owner's partners: drafts, exempt agenda
     * items, a PCSO's development record. Empty for records seen as their handling level says.
     */
    default Optional<Audience> narrowedTo() {
        return Optional.empty();
    }

    /**
     * When present, readers who see the record besides those its handling level lets see it: the people and
     * organisations that work with a body's chair or co-chair see that person, whichever organisation they are from.
     * Intelligence (POLICE_ONLY) still never reaches a reader outside the police.
     */
    default Optional<Audience> alsoSeenBy() {
        return Optional.empty();
    }

    /**
     * Whether a PUBLIC record is still kept from visitors who are not signed in, for example a document whose
     * publication has not been recorded. Signed-in users see it as any PUBLIC record.
     */
    default boolean withheldFromThePublic() {
        return false;
    }

    /**
     * When present, the organisations whose contributors and coordinators may change the record, instead of those
     * sharing with its owner: a document's owner and parties.
     */
    default Optional<Set<UUID>> changedOnlyBy() {
        return Optional.empty();
    }

    /** A record known only by its owner and level, for example a row of a report, to put to the policy. */
    static Restricted row(String recordType, Object id, UUID owner, HandlingLevel level) {
        return new Restricted() {
            @Override
            public UUID owningOrganisationId() {
                return owner;
            }

            @Override
            public HandlingLevel handlingLevel() {
                return level;
            }

            @Override
            public String recordType() {
                return recordType;
            }

            @Override
            public String recordId() {
                return String.valueOf(id);
            }
        };
    }
}
