package uk.saferhub.directory;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.support.DemoUsers;

/** Looks up and creates directory records for the directory's tests, with names no other test uses. */
final class DirectoryTestData {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final DemoUsers users;

    DirectoryTestData(JdbcClient jdbc, Directory directory, DemoUsers users) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.users = users;
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    UUID organisationId(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    UUID personId(String name) {
        return jdbc.sql("select id from person where name = ?").param(name).query(UUID.class).single();
    }

    long organisations() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }

    long organisationsNamed(String name) {
        return jdbc.sql("select count(*) from organisation where name = ?").param(name).query(Long.class).single();
    }

    long people() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    long peopleNamed(String name) {
        return jdbc.sql("select count(*) from person where name = ?").param(name).query(Long.class).single();
    }

    long auditEvents(String action, String recordType, UUID recordId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and record_type = ? and record_id = ?")
                .params(action, recordType, recordId.toString()).query(Long.class).single();
    }

    /** An organisation added by a demonstration user, so that it joins their partnership. */
    Organisation organisationAddedBy(String username, String name, OrganisationType type, UUID parentId) {
        return directory.createOrganisation(users.actor(username), OrganisationDetails.of(name, type, parentId));
    }
}
