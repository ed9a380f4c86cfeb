package uk.saferhub.shared.access;

import java.util.Set;
import java.util.UUID;

/** A record that belongs to an organisation and carries a handling level. */
public interface Restricted {

    UUID owningOrganisationId();

    HandlingLevel handlingLevel();

    /** What the audit trail calls this kind of record, for example {@code person}. */
    String recordType();

    /** The record's identity in the audit trail. */
    String recordId();

    /**
     * Organisations that may see a PARTNERSHIP record besides those sharing with the owner, for example the members
     * of the body it belongs to. Empty unless the owning module says otherwise.
     */
    default Set<UUID> sharedWith() {
        return Set.of();
    }
}
