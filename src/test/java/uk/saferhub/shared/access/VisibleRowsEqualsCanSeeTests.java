package uk.saferhub.shared.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.support.SaferHubTest;

/**
 * The SQL form of the access rule against the Java form, row by row, on the real PostgreSQL: a temporary table holds a
 * record for every owner, handling level and set of organisations it is shared with, and for every kind of actor
 * (owner's organisation, a partner, an organisation the record is shared with, a stranger; police or not; one with no
 * partners recorded; the anonymous public) the rows the predicate selects are exactly those {@link AccessPolicy#canSee}
 * allows.
 */
@SaferHubTest
@Transactional
class VisibleRowsEqualsCanSeeTests {

    static final UUID OWNER = UUID.randomUUID();
    static final UUID PARTNER = UUID.randomUUID();
    static final UUID SHARED = UUID.randomUUID();
    static final UUID STRANGER = UUID.randomUUID();

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSqlPredicateSelectsExactlyTheRowsTheJavaRuleAllowsForEveryLevelSharingAndActor() {
        List<Row> rows = rows();
        jdbc.sql("create temp table access_case (id int primary key, owner uuid not null, handling text not null, "
                + "shared_with uuid[] not null) on commit drop").update();
        for (Row row : rows) {
            jdbc.sql("insert into access_case values (:id, :owner, :handling, :shared::uuid[])")
                    .param("id", row.id()).param("owner", row.owner()).param("handling", row.level().name())
                    .param("shared", "{" + String.join(",", row.sharedWith().stream().map(UUID::toString).toList())
                            + "}")
                    .update();
        }
        Map<String, Actor> actors = actors();
        int compared = 0;
        for (var entry : actors.entrySet()) {
            Actor actor = entry.getValue();
            var predicate = AccessPolicy.visibleRows(actor, "c.owner", "c.handling", "c.shared_with");
            Set<Integer> bySql = new TreeSet<>(jdbc.sql("select c.id from access_case c where " + predicate.clause())
                    .params(predicate.parameters()).query(Integer.class).list());
            Set<Integer> byJava = new TreeSet<>();
            rows.stream().filter(row -> AccessPolicy.canSee(actor, row)).forEach(row -> byJava.add(row.id()));
            assertThat(bySql).as("rows visible to " + entry.getKey()).isEqualTo(byJava);
            compared += rows.size();
        }
        assertThat(compared).isEqualTo(4 * 4 * 5 * actors.size());
    }

    @Test
    void aRecordSharedWithAnOrganisationOutsideTheOwnersPartnersIsListedForItAsItIsShownToIt() {
        Actor sharedWith = actor(SHARED, false, Set.of(SHARED));
        var predicate = AccessPolicy.visibleRows(sharedWith, "c.owner", "c.handling", "c.shared_with");
        Boolean listed = jdbc.sql("select exists (select 1 from (select cast(:owner as uuid) as owner, "
                + "'PARTNERSHIP' as handling, array[cast(:shared as uuid)] as shared_with) c where "
                + predicate.clause() + ")")
                .param("owner", OWNER).param("shared", SHARED).params(predicate.parameters())
                .query(Boolean.class).single();
        assertThat(listed).isTrue();
        assertThat(AccessPolicy.canSee(sharedWith, new Row(0, OWNER, HandlingLevel.PARTNERSHIP, Set.of(SHARED))))
                .isTrue();
    }

    static List<Row> rows() {
        List<Set<UUID>> sharings = List.of(Set.of(), Set.of(SHARED), Set.of(STRANGER), Set.of(SHARED, PARTNER),
                Set.of(OWNER));
        List<Row> rows = new ArrayList<>();
        for (UUID owner : List.of(OWNER, PARTNER, SHARED, STRANGER)) {
            for (HandlingLevel level : HandlingLevel.values()) {
                for (Set<UUID> sharedWith : sharings) {
                    rows.add(new Row(rows.size() + 1, owner, level, sharedWith));
                }
            }
        }
        return rows;
    }

    static Map<String, Actor> actors() {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (boolean police : List.of(false, true)) {
            String kind = police ? "police " : "non-police ";
            actors.put(kind + "owner's organisation", actor(OWNER, police, Set.of(OWNER, PARTNER)));
            actors.put(kind + "partner", actor(PARTNER, police, Set.of(PARTNER, OWNER)));
            actors.put(kind + "organisation shared with", actor(SHARED, police, Set.of(SHARED)));
            actors.put(kind + "stranger", actor(STRANGER, police, Set.of(STRANGER)));
            actors.put(kind + "partner with no partners recorded", actor(PARTNER, police, Set.of()));
        }
        actors.put("anonymous visitor", null);
        return actors;
    }

    static Actor actor(UUID organisation, boolean police, Set<UUID> partners) {
        return new Actor(Actor.Kind.USER, UUID.randomUUID(), "Test actor", organisation, "Organisation", police,
                partners, Set.of(Role.READER), null);
    }

    record Row(int id, UUID owner, HandlingLevel level, Set<UUID> sharedWith) implements Restricted {

        @Override
        public UUID owningOrganisationId() {
            return owner;
        }

        @Override
        public HandlingLevel handlingLevel() {
            return level;
        }

        @Override
        public String recordType() {
            return "test-record";
        }

        @Override
        public String recordId() {
            return Integer.toString(id);
        }
    }
}
