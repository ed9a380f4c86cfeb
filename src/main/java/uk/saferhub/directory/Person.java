package uk.saferhub.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import uk.saferhub.audit.Changes;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/** A person in a partner organisation, with the contact roles they hold. */
@Table("person")
public class Person implements Restricted {

    @Id
    private UUID id;
    private UUID organisationId;
    private String name;
    private String jobTitle;
    private String email;
    private String phone;
    private HandlingLevel handlingLevel;
    @MappedCollection(idColumn = "person_id", keyColumn = "position")
    private List<ContactRole> contactRoles = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    protected Person() {
    }

    public static Person create(PersonDetails details, Instant now) {
        var person = new Person();
        person.id = UUID.randomUUID();
        person.createdAt = now;
        person.apply(details, now);
        return person;
    }

    public Changes revise(PersonDetails details, Instant now) {
        var changes = new Changes()
                .field("organisationId", organisationId, details.organisationId())
                .field("name", name, details.name())
                .field("jobTitle", jobTitle, details.jobTitle())
                .field("email", email, details.email())
                .field("phone", phone, details.phone())
                .field("handlingLevel", handlingLevel, details.handlingLevel())
                .field("contactRoles", contactRoles, details.contactRoles());
        apply(details, now);
        return changes;
    }

    private void apply(PersonDetails details, Instant now) {
        this.organisationId = details.organisationId();
        this.name = details.name().strip();
        this.jobTitle = blankToNull(details.jobTitle());
        this.email = blankToNull(details.email());
        this.phone = blankToNull(details.phone());
        this.handlingLevel = details.handlingLevel() == null ? HandlingLevel.PARTNERSHIP : details.handlingLevel();
        this.contactRoles = new ArrayList<>(details.contactRoles() == null ? List.of() : details.contactRoles());
        this.updatedAt = now;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public UUID owningOrganisationId() {
        return organisationId;
    }

    @Override
    public HandlingLevel handlingLevel() {
        return handlingLevel;
    }

    @Override
    @Transient
    public String recordType() {
        return "person";
    }

    @Override
    @Transient
    public String recordId() {
        return id.toString();
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public List<ContactRole> contactRoles() {
        return List.copyOf(contactRoles);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
