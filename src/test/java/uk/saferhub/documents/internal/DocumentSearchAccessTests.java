package uk.saferhub.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.saferhub.documents.DocumentFilter;
import uk.saferhub.documents.Documents;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The documents search applies, in SQL, exactly the register's rule: for every kind of demonstration user (and the
 * public), the documents its condition selects are the documents the register lists, whatever drafts, parties,
 * circulations and consultee bodies the other tests have left in the shared database.
 */
@SaferHubTest
class DocumentSearchAccessTests {

    @Autowired
    DocumentSearchSource source;

    @Autowired
    Documents documents;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "admin", "ewilson", "central.sergeant", "cambs.analyst", "panel.member",
        "leeds.admin", "mstenton", "krowan", "ene.inspector", "ene.homes", "herts.coordinator", "herts.police",
        "harpenden.clerk"})
    void theQuerySelectsExactlyTheDocumentsTheRegisterLists(String username) {
        Actor actor = username.isEmpty() ? null : users.actor(username);
        Map<String, Object> parameters = new HashMap<>();
        String condition = source.access(actor, parameters);
        Set<UUID> selected = Set.copyOf(jdbc.sql("select d.id from document d where " + condition)
                .params(parameters).query(UUID.class).list());
        Set<UUID> listed = documents.register(actor, DocumentFilter.all()).stream()
                .map(listing -> listing.document().id()).collect(Collectors.toSet());
        assertThat(selected).as(username).isEqualTo(listed);
        if (!username.isEmpty()) {
            assertThat(listed).as(username).isNotEmpty();
        }
    }
}
