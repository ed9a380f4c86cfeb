package uk.saferhub.partnership;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.directory.Directory;
import uk.saferhub.shared.access.HandlingLevel;

/** Finds demonstration bodies and people, and adds fresh bodies with unique names for a test. */
record PartnershipTestData(Partnership partnership, PartnershipEditor editor, Directory directory, JdbcClient jdbc) {

    BodyId body(String name) {
        return partnership.bodies().stream().filter(body -> body.name().equals(name)).findFirst().orElseThrow().id();
    }

    UUID organisation(String name) {
        return directory.organisationNamed(name).orElseThrow().id();
    }

    UUID person(String name) {
        return directory.allPeopleUncheckedForDemoLoaders().stream().filter(person -> person.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    /** A new district body hosted by the named organisation, with a unique name. */
    Body freshBody(String name, String owner) {
        return editor.createBody(null, new BodyDetails(unique(name), BodyType.OTHER, Tier.DISTRICT, "Test area",
                false, null, null, organisation(owner), HandlingLevel.PARTNERSHIP, List.of()));
    }

    long relations(BodyId from) {
        return jdbc.sql("select count(*) from partnership_relation where from_body_id = ?").param(from.value())
                .query(Long.class).single();
    }

    long seats(BodyId body) {
        return jdbc.sql("select count(*) from partnership_membership where body_id = ?").param(body.value())
                .query(Long.class).single();
    }

    long audited(String action, String recordType, Object recordId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and record_type = ? and record_id = ?")
                .params(action, recordType, recordId.toString()).query(Long.class).single();
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
