package uk.saferhub.directory;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * An information sharing agreement: the organisations that see each other's PARTNERSHIP records, for example the
 * Leeds partners of the Safer Leeds Executive. It keeps the version it was read at (see {@link Organisation}).
 */
public class SharingAgreement {

    private UUID id;
    private String name;
    private String description;
    private Set<UUID> parties = new LinkedHashSet<>();
    private Instant createdAt;
    private int version;

    private SharingAgreement() {
    }

    static SharingAgreement create(String name, String description, Set<UUID> organisations, Instant now) {
        var agreement = new SharingAgreement();
        agreement.id = UUID.randomUUID();
        agreement.name = name;
        agreement.description = description;
        agreement.createdAt = now;
        organisations.forEach(agreement::addParty);
        return agreement;
    }

    /** An agreement as stored, for the directory's store. */
    public static SharingAgreement restore(UUID id, String name, String description, Set<UUID> parties,
            Instant createdAt, int version) {
        var agreement = new SharingAgreement();
        agreement.id = id;
        agreement.name = name;
        agreement.description = description;
        agreement.parties.addAll(parties);
        agreement.createdAt = createdAt;
        agreement.version = version;
        return agreement;
    }

    void addParty(UUID organisationId) {
        parties.add(organisationId);
    }

    public Set<UUID> partyIds() {
        return Set.copyOf(parties);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }
}
