package uk.saferhub.workforce;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.PersonDetails;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.shared.access.HandlingLevel;

/**
 * Builds what training tests need with SQL, as the workforce core would have written it: PCSOs of a force, wards and
 * areas made of them with unique codes, attachments, schemes and people. Everything gets a unique name.
 */
final class TrainingTestData {

    static final String CENTRAL_DIVISION = "Cambridgeshire Constabulary Central Division";
    static final String HUNTINGDONSHIRE = "Huntingdonshire District Council";
    static final String WEST_YORKSHIRE = "West Yorkshire Police";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final PlaceStore places;

    TrainingTestData(JdbcClient jdbc, Directory directory, PlaceStore places) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.places = places;
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }

    UUID pcso(String name, String force) {
        return pcso(name, force, "ACTIVE", null, null);
    }

    UUID pcso(String name, String force, String status, UUID person, UUID scheme) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.sql("""
                insert into workforce_pcso (id, name, collar_number, force_id, person_id, scheme_id, start_date, status,
                    created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, name, "C" + id.toString().substring(0, 6), organisation(force), person, scheme,
                        Date.valueOf(LocalDate.of(2024, 4, 1)), status, java.sql.Timestamp.from(now),
                        java.sql.Timestamp.from(now))
                .update();
        return id;
    }

    UUID ward(String name) {
        return place(PlaceType.WARD, name, false);
    }

    /** A trial area made of the given wards. */
    UUID area(String name, List<UUID> wards) {
        UUID id = place(PlaceType.TRIAL_AREA, name, true);
        places.replaceWards(id, wards);
        return id;
    }

    private UUID place(PlaceType type, String name, boolean madeOfWards) {
        UUID id = UUID.randomUUID();
        places.insert(new Place(id, type, "T" + id.toString().substring(0, 12), name, null, null, null, madeOfWards,
                false, "training tests"), null, Instant.now());
        return id;
    }

    void attach(UUID pcso, UUID ward, LocalDate from, LocalDate to) {
        jdbc.sql("""
                insert into workforce_attachment (id, pcso_id, ward_id, from_date, to_date, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), pcso, ward, Date.valueOf(from), to == null ? null : Date.valueOf(to),
                        java.sql.Timestamp.from(Instant.now()))
                .update();
    }

    UUID scheme(String name, String funder) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into workforce_scheme (id, name, funder_id, share_percent, posts, period_from, created_at,
                    updated_at) values (?, ?, ?, 50, 2, ?, now(), now())""")
                .params(id, name, organisation(funder), Date.valueOf(LocalDate.of(2024, 4, 1))).update();
        return id;
    }

    UUID person(String name, String organisation) {
        return directory.createPerson(new PersonDetails(organisation(organisation), name, "PCSO", null, null,
                HandlingLevel.PARTNERSHIP, List.of())).id();
    }

    /** An event held by the organisation, straight into the table. */
    UUID event(String title, String topic, LocalDate heldOn, String owner) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into workforce_training_event (id, title, topic, held_on, owner_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, now(), now())""")
                .params(id, title, topic, Date.valueOf(heldOn), organisation(owner)).update();
        return id;
    }

    void attended(UUID event, UUID pcso) {
        jdbc.sql("insert into workforce_training_attendance (event_id, pcso_id, attended) values (?, ?, true)")
                .params(event, pcso).update();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
