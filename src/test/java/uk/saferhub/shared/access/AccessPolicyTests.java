package uk.saferhub.shared.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The visibility rule itself, case by case, without Spring or a database. */
class AccessPolicyTests {

    static final UUID CONSTABULARY = UUID.randomUUID();
    static final UUID DIVISION = UUID.randomUUID();
    static final UUID DISTRICT = UUID.randomUUID();
    static final UUID OTHER_FORCE = UUID.randomUUID();
    static final Set<UUID> CAMBRIDGESHIRE = Set.of(CONSTABULARY, DIVISION, DISTRICT);

    static final Actor SERGEANT = actor(DIVISION, true, CAMBRIDGESHIRE);
    static final Actor COUNCIL_OFFICER = actor(DISTRICT, false, CAMBRIDGESHIRE);
    static final Actor OTHER_FORCE_OFFICER = actor(OTHER_FORCE, true, Set.of(OTHER_FORCE));

    @Test
    void publicRecordsAreVisibleToEveryoneIncludingVisitorsWhoAreNotSignedIn() {
        var record = record(CONSTABULARY, HandlingLevel.PUBLIC);
        assertThat(AccessPolicy.canSee(null, record)).isTrue();
        assertThat(AccessPolicy.canSee(OTHER_FORCE_OFFICER, record)).isTrue();
    }

    @Test
    void partnershipRecordsAreVisibleToOrganisationsSharingWithTheOwnerOnly() {
        var record = record(CONSTABULARY, HandlingLevel.PARTNERSHIP);
        assertThat(AccessPolicy.canSee(COUNCIL_OFFICER, record)).isTrue();
        assertThat(AccessPolicy.canSee(SERGEANT, record)).isTrue();
        assertThat(AccessPolicy.canSee(OTHER_FORCE_OFFICER, record)).isFalse();
        assertThat(AccessPolicy.canSee(null, record)).isFalse();
    }

    @Test
    void agencyRecordsAreVisibleToTheOwningOrganisationAlone() {
        var record = record(DIVISION, HandlingLevel.AGENCY);
        assertThat(AccessPolicy.canSee(SERGEANT, record)).isTrue();
        assertThat(AccessPolicy.canSee(actor(CONSTABULARY, true, CAMBRIDGESHIRE), record)).isFalse();
        assertThat(AccessPolicy.canSee(COUNCIL_OFFICER, record)).isFalse();
    }

    @Test
    void intelligenceNeverReachesACouncilEvenOneThatSharesWithTheForce() {
        var intelligence = record(CONSTABULARY, HandlingLevel.POLICE_ONLY);
        assertThat(AccessPolicy.canSee(SERGEANT, intelligence)).isTrue();
        assertThat(AccessPolicy.canSee(COUNCIL_OFFICER, intelligence)).isFalse();
        assertThat(AccessPolicy.canSee(OTHER_FORCE_OFFICER, intelligence)).isFalse();
        assertThat(AccessPolicy.canSee(null, intelligence)).isFalse();
    }

    @Test
    void theSqlPredicateOffersPoliceOnlyRowsToPoliceActorsAlone() {
        assertThat(AccessPolicy.visibleRows(COUNCIL_OFFICER, "o", "h").clause()).doesNotContain("POLICE_ONLY");
        assertThat(AccessPolicy.visibleRows(SERGEANT, "o", "h").clause()).contains("POLICE_ONLY");
        assertThat(AccessPolicy.visibleRows(null, "o", "h").clause()).isEqualTo("h = 'PUBLIC'");
    }

    @Test
    void aNarrowedAudienceReplacesTheOwnersPartnersWithTheOrganisationsAndPeopleItNames() {
        UUID seatHolder = UUID.randomUUID();
        var exempt = narrowed(CONSTABULARY, HandlingLevel.PARTNERSHIP, new Audience(Set.of(), Set.of(seatHolder)));
        assertThat(AccessPolicy.canSee(SERGEANT, exempt)).isFalse();
        assertThat(AccessPolicy.canSee(person(DISTRICT, false, seatHolder), exempt)).isTrue();
        assertThat(AccessPolicy.canSee(null, exempt)).isFalse();
        var drafts = narrowed(CONSTABULARY, HandlingLevel.PUBLIC, new Audience(Set.of(OTHER_FORCE), Set.of()));
        assertThat(AccessPolicy.canSee(OTHER_FORCE_OFFICER, drafts)).isTrue();
        assertThat(AccessPolicy.canSee(COUNCIL_OFFICER, drafts)).isFalse();
        assertThat(AccessPolicy.canSee(null, drafts)).isFalse();
    }

    @Test
    void aNarrowedPoliceOnlyRecordStillNeverReachesACouncilItNames() {
        var intelligence = narrowed(CONSTABULARY, HandlingLevel.POLICE_ONLY,
                new Audience(Set.of(DISTRICT, DIVISION), Set.of()));
        assertThat(AccessPolicy.canSee(COUNCIL_OFFICER, intelligence)).isFalse();
        assertThat(AccessPolicy.canSee(SERGEANT, intelligence)).isTrue();
    }

    @Test
    void aPublicRecordWithheldFromThePublicIsSeenBySignedInUsersButNotByVisitors() {
        var unpublished = new Restricted() {
            @Override
            public UUID owningOrganisationId() {
                return CONSTABULARY;
            }

            @Override
            public HandlingLevel handlingLevel() {
                return HandlingLevel.PUBLIC;
            }

            @Override
            public boolean withheldFromThePublic() {
                return true;
            }

            @Override
            public String recordType() {
                return "test-record";
            }

            @Override
            public String recordId() {
                return "1";
            }
        };
        assertThat(AccessPolicy.canSee(OTHER_FORCE_OFFICER, unpublished)).isTrue();
        assertThat(AccessPolicy.canSee(null, unpublished)).isFalse();
    }

    static Actor person(UUID organisation, boolean police, UUID personId) {
        return new Actor(Actor.Kind.USER, UUID.randomUUID(), "Test actor", organisation, "Organisation", police,
                Set.of(organisation), Set.of(Role.READER), personId);
    }

    static Restricted narrowed(UUID owner, HandlingLevel level, Audience audience) {
        return new Restricted() {
            @Override
            public UUID owningOrganisationId() {
                return owner;
            }

            @Override
            public HandlingLevel handlingLevel() {
                return level;
            }

            @Override
            public java.util.Optional<Audience> narrowedTo() {
                return java.util.Optional.of(audience);
            }

            @Override
            public String recordType() {
                return "test-record";
            }

            @Override
            public String recordId() {
                return "1";
            }
        };
    }

    static Actor actor(UUID organisation, boolean police, Set<UUID> partners) {
        return new Actor(Actor.Kind.USER, UUID.randomUUID(), "Test actor", organisation, "Organisation", police,
                partners, Set.of(Role.READER), null);
    }

    static Restricted record(UUID owner, HandlingLevel level) {
        return new Restricted() {
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
                return "1";
            }
        };
    }
}
