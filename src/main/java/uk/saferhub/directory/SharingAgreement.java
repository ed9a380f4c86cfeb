package uk.saferhub.directory;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An information sharing agreement: the organisations that see each other's PARTNERSHIP records, for example the
 * Leeds partners of the Safer Leeds Executive.
 */
@Table("sharing_agreement")
public class SharingAgreement {

    @Id
    private UUID id;
    private String name;
    private String description;
    @MappedCollection(idColumn = "sharing_agreement_id")
    private Set<Party> parties = new HashSet<>();
    private Instant createdAt;
    @Version
    private Integer version;

    /** An organisation that is party to the agreement. */
    @Table("sharing_agreement_party")
    public record Party(UUID organisationId) {
    }

    protected SharingAgreement() {
    }

    public static SharingAgreement create(String name, String description, Set<UUID> organisations, Instant now) {
        var agreement = new SharingAgreement();
        agreement.id = UUID.randomUUID();
        agreement.name = name;
        agreement.description = description;
        agreement.createdAt = now;
        organisations.forEach(agreement::addParty);
        return agreement;
    }

    public void addParty(UUID organisationId) {
        parties.add(new Party(organisationId));
    }

    public Set<UUID> partyIds() {
        return parties.stream().map(Party::organisationId).collect(Collectors.toUnmodifiableSet());
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
}
