package uk.saferhub.workforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.directory.Directory;
import uk.saferhub.geography.Place;
import uk.saferhub.geography.PlaceType;
import uk.saferhub.geography.internal.PlaceStore;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.workforce.internal.AttachmentRole;
import uk.saferhub.workforce.internal.FundingScheme;
import uk.saferhub.workforce.internal.NewAttachment;
import uk.saferhub.workforce.internal.PatrolAttachment;
import uk.saferhub.workforce.internal.Pcso;
import uk.saferhub.workforce.internal.PcsoDetails;
import uk.saferhub.workforce.internal.PcsoStatus;
import uk.saferhub.workforce.internal.SchemeDetails;
import uk.saferhub.workforce.internal.WorkforceEditor;

/**
 * Builds workforce fixtures with unique names: wards (small squares, unique codes) under a district, schemes and
 * PCSOs added by the system; and reads back what the database holds, to prove what a refusal left unchanged.
 */
record WorkforceTestData(WorkforceEditor editor, Directory directory, PlaceStore places, JdbcClient jdbc) {

    static final LocalDate APRIL_2024 = LocalDate.of(2024, 4, 1);

    UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }

    UUID person(String name) {
        return directory.allPeopleUncheckedForDemoLoaders().stream().filter(person -> person.name().equals(name)).findFirst().orElseThrow()
                .id();
    }

    /** A district with the given number of wards, each a small square of its own. */
    List<Place> wards(String district, int count) {
        Place parent = place(PlaceType.DISTRICT, unique(district), null, 0);
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> place(PlaceType.WARD, parent.name() + " ward " + (i + 1), parent.id(), i + 1)).toList();
    }

    Place district(String name) {
        return place(PlaceType.DISTRICT, unique(name), null, 0);
    }

    private Place place(PlaceType type, String name, UUID parent, int offset) {
        var place = new Place(UUID.randomUUID(), type, "T" + UUID.randomUUID().toString().substring(0, 12), name,
                parent, 0.01, null, false, true, "test fixture");
        var square = PlaceStore.WGS84.toGeometry(new Envelope(-0.3 + offset * 0.01, -0.29 + offset * 0.01, 52.2,
                52.21));
        places.insert(place, square, Instant.now());
        return place;
    }

    /** A scheme of the funder paying the share of each post, running from April 2024 with no end. */
    FundingScheme scheme(String funder, String percent, int posts, String costPerPost) {
        return editor.createScheme(null, new SchemeDetails(unique("Scheme"), organisation(funder),
                new BigDecimal(percent), null, posts, costPerPost == null ? null : new BigDecimal(costPerPost),
                APRIL_2024, null, "Wards not covered by any other PCSO scheme", HandlingLevel.PARTNERSHIP));
    }

    Pcso pcso(String force, String team, FundingScheme scheme) {
        return editor.createPcso(null, new PcsoDetails(unique("PCSO"), collar(), organisation(force),
                team == null ? null : organisation(team), null, null, scheme == null ? null : scheme.id(),
                APRIL_2024, PcsoStatus.ACTIVE));
    }

    PatrolAttachment attach(Pcso pcso, Place ward, AttachmentRole role, LocalDate from, LocalDate to) {
        return editor.attach(null, pcso.id(), new NewAttachment(List.of(ward.id()), role, from, to)).getFirst();
    }

    long count(String table, String column, Object value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(value)
                .query(Long.class).single();
    }

    long attachmentsOf(UUID pcsoId) {
        return count("workforce_attachment", "pcso_id", pcsoId);
    }

    long audited(String action, String recordType, Object recordId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and record_type = ? and record_id = ?")
                .params(action, recordType, recordId.toString()).query(Long.class).single();
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String collar() {
        return "C" + UUID.randomUUID().toString().substring(0, 8);
    }
}
