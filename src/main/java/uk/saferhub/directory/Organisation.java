package uk.saferhub.directory;

import java.time.Instant;
import java.util.UUID;

import uk.saferhub.audit.Changes;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * An organisation of the partnership: a force and its divisions and teams, councils, the PCC's office and others. It
 * owns itself and is seen at PARTNERSHIP level: by the organisations that share with it. It keeps the version it was
 * read at, and the store writes it only over that version, so a change saved meanwhile is never overwritten.
 */
public class Organisation implements Restricted {

    private UUID id;
    private String name;
    private String shortName;
    private OrganisationType type;
    private UUID parentId;
    private String website;
    private String phone;
    private String email;
    private Instant createdAt;
    private Instant updatedAt;
    private int version;

    private Organisation() {
    }

    static Organisation create(OrganisationDetails details, Instant now) {
        var organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.createdAt = now;
        organisation.apply(details, now);
        return organisation;
    }

    /** An organisation as stored, for the directory's store. */
    public static Organisation restore(UUID id, OrganisationDetails details, Instant createdAt, Instant updatedAt,
            int version) {
        var organisation = new Organisation();
        organisation.id = id;
        organisation.name = details.name();
        organisation.shortName = details.shortName();
        organisation.type = details.type();
        organisation.parentId = details.parentId();
        organisation.website = details.website();
        organisation.phone = details.phone();
        organisation.email = details.email();
        organisation.createdAt = createdAt;
        organisation.updatedAt = updatedAt;
        organisation.version = version;
        return organisation;
    }

    /** Applies new details and says which fields changed. */
    Changes revise(OrganisationDetails details, Instant now) {
        if (id.equals(details.parentId())) {
            throw new IllegalArgumentException("An organisation cannot be its own parent");
        }
        var changes = new Changes()
                .field("name", name, details.name())
                .field("shortName", shortName, details.shortName())
                .field("type", type, details.type())
                .field("parentId", parentId, details.parentId())
                .field("website", website, details.website())
                .field("phone", phone, details.phone())
                .field("email", email, details.email());
        apply(details, now);
        return changes;
    }

    private void apply(OrganisationDetails details, Instant now) {
        this.name = details.name().strip();
        this.shortName = blankToNull(details.shortName());
        this.type = details.type();
        this.parentId = details.parentId();
        this.website = blankToNull(details.website());
        this.phone = blankToNull(details.phone());
        this.email = blankToNull(details.email());
        this.updatedAt = now;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public OrganisationSummary summary() {
        return new OrganisationSummary(id, name, type, parentId);
    }

    @Override
    public UUID owningOrganisationId() {
        return id;
    }

    @Override
    public HandlingLevel handlingLevel() {
        return HandlingLevel.PARTNERSHIP;
    }

    @Override
    public String recordType() {
        return "organisation";
    }

    @Override
    public String recordId() {
        return id.toString();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public OrganisationType type() {
        return type;
    }

    public UUID parentId() {
        return parentId;
    }

    public String website() {
        return website;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
