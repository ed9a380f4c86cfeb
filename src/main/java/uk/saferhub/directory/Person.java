package uk.saferhub.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import uk.saferhub.audit.Changes;
import uk.saferhub.shared.access.Audience;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * A person in a partner organisation, with the contact roles they hold in order. It keeps the version it was read at
 * (see {@link Organisation}).
 */
public class Person implements Restricted {

    private UUID id;
    private UUID organisationId;
    private String name;
    private String jobTitle;
    private String email;
    private String phone;
    private HandlingLevel handlingLevel;
    private List<ContactRole> contactRoles = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;
    private int version;
    private Audience workingWith;

    private Person() {
    }

    static Person create(PersonDetails details, Instant now) {
        var person = new Person();
        person.id = UUID.randomUUID();
        person.createdAt = now;
        person.apply(details, now);
        return person;
    }

    /** A person as stored, for the directory's store. */
    public static Person restore(UUID id, PersonDetails details, Instant createdAt, Instant updatedAt, int version) {
        var person = new Person();
        person.id = id;
        person.organisationId = details.organisationId();
        person.name = details.name();
        person.jobTitle = details.jobTitle();
        person.email = details.email();
        person.phone = details.phone();
        person.handlingLevel = details.handlingLevel();
        person.contactRoles = new ArrayList<>(details.contactRoles());
        person.createdAt = createdAt;
        person.updatedAt = updatedAt;
        person.version = version;
        return person;
    }

    Changes revise(PersonDetails details, Instant now) {
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

    /** Those who work with this person in the chair of a body they sit on too (see {@link ChairSeats}). */
    @Override
    public Optional<Audience> alsoSeenBy() {
        return Optional.ofNullable(workingWith);
    }

    /** For the directory, as it reads the person: who works with them as a body's chair, if anyone. */
    Person workingWith(Audience audience) {
        this.workingWith = audience;
        return this;
    }

    @Override
    public String recordType() {
        return "person";
    }

    @Override
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

    public int version() {
        return version;
    }
}
