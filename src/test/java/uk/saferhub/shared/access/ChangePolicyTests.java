package uk.saferhub.shared.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Who may change a record, case by case, without Spring or a database. */
class ChangePolicyTests {

    static final UUID OWNER = UUID.randomUUID();
    static final UUID PARTNER = UUID.randomUUID();
    static final UUID PARTY = UUID.randomUUID();
    static final UUID STRANGER = UUID.randomUUID();

    @Test
    void aCoordinatorOrAdministratorOfAnOrganisationSharingWithTheOwnerMayChangeARecord() {
        var record = record(OWNER, HandlingLevel.PARTNERSHIP, Optional.empty());
        assertThat(ChangePolicy.mayChange(actor(OWNER, Role.COORDINATOR), record, Role.COORDINATOR)).isTrue();
        assertThat(ChangePolicy.mayChange(actor(PARTNER, Role.COORDINATOR), record, Role.COORDINATOR)).isTrue();
        assertThat(ChangePolicy.mayChange(actor(PARTNER, Role.ADMINISTRATOR), record, Role.COORDINATOR)).isTrue();
        assertThat(ChangePolicy.mayChange(actor(STRANGER, Role.COORDINATOR), record, Role.COORDINATOR)).isFalse();
    }

    @Test
    void aReaderContributorPanelMemberOrTheAnonymousPublicMayNotMakeACoordinatorsChange() {
        var record = record(OWNER, HandlingLevel.PUBLIC, Optional.empty());
        assertThat(ChangePolicy.mayChange(actor(OWNER, Role.READER), record, Role.COORDINATOR)).isFalse();
        assertThat(ChangePolicy.mayChange(actor(OWNER, Role.CONTRIBUTOR), record, Role.COORDINATOR)).isFalse();
        assertThat(ChangePolicy.mayChange(actor(OWNER, Role.PANEL_MEMBER), record, Role.COORDINATOR)).isFalse();
        assertThat(ChangePolicy.mayChange(null, record, Role.READER)).isFalse();
    }

    @Test
    void nobodyMayChangeARecordTheyMayNotSee() {
        var agency = record(OWNER, HandlingLevel.AGENCY, Optional.empty());
        assertThat(ChangePolicy.mayChange(actor(PARTNER, Role.ADMINISTRATOR), agency, Role.COORDINATOR)).isFalse();
        assertThat(ChangePolicy.mayChange(actor(OWNER, Role.COORDINATOR), agency, Role.COORDINATOR)).isTrue();
    }

    @Test
    void whereTheRecordNamesItsPartiesOnlyTheOwnerAndThePartiesMayChangeItNotTheOwnersOtherPartners() {
        var document = record(OWNER, HandlingLevel.PARTNERSHIP, Optional.of(Set.of(PARTY)));
        assertThat(ChangePolicy.mayChange(actor(PARTY, Role.CONTRIBUTOR), document, Role.CONTRIBUTOR)).isTrue();
        assertThat(ChangePolicy.mayChange(actor(OWNER, Role.CONTRIBUTOR), document, Role.CONTRIBUTOR)).isTrue();
        assertThat(ChangePolicy.mayChange(actor(PARTNER, Role.COORDINATOR), document, Role.CONTRIBUTOR)).isFalse();
    }

    @Test
    void theRoleHierarchyRunsFromAdministratorToReaderWithPanelMembersApart() {
        assertThat(ChangePolicy.holds(actor(OWNER, Role.ADMINISTRATOR), Role.READER)).isTrue();
        assertThat(ChangePolicy.holds(actor(OWNER, Role.COORDINATOR), Role.CONTRIBUTOR)).isTrue();
        assertThat(ChangePolicy.holds(actor(OWNER, Role.CONTRIBUTOR), Role.COORDINATOR)).isFalse();
        assertThat(ChangePolicy.holds(actor(OWNER, Role.ADMINISTRATOR), Role.PANEL_MEMBER)).isFalse();
        assertThat(ChangePolicy.holds(actor(OWNER, Role.PANEL_MEMBER), Role.READER)).isFalse();
        assertThat(ChangePolicy.holds(actor(OWNER, Role.PANEL_MEMBER), Role.PANEL_MEMBER)).isTrue();
    }

    @Test
    void aRecordNotYetMadeMayBeAddedByACoordinatorOfAnOrganisationSharingWithItsOwner() {
        assertThat(ChangePolicy.mayChangeFor(actor(PARTNER, Role.COORDINATOR), OWNER, Role.COORDINATOR)).isTrue();
        assertThat(ChangePolicy.mayChangeFor(actor(STRANGER, Role.COORDINATOR), OWNER, Role.COORDINATOR)).isFalse();
        assertThat(ChangePolicy.mayChangeFor(null, OWNER, Role.COORDINATOR)).isFalse();
    }

    static Actor actor(UUID organisation, Role role) {
        Set<UUID> partners = organisation.equals(OWNER) || organisation.equals(PARTNER) ? Set.of(OWNER, PARTNER)
                : Set.of(organisation);
        return new Actor(Actor.Kind.USER, UUID.randomUUID(), "Test actor", organisation, "Organisation", false,
                partners, Set.of(role), null);
    }

    static Restricted record(UUID owner, HandlingLevel level, Optional<Set<UUID>> parties) {
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
            public Set<UUID> sharedWith() {
                return parties.orElse(Set.of());
            }

            @Override
            public Optional<Set<UUID>> changedOnlyBy() {
                return parties;
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
