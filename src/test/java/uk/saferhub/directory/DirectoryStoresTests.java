package uk.saferhub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import uk.saferhub.directory.internal.OrganisationStore;
import uk.saferhub.directory.internal.PersonStore;
import uk.saferhub.directory.internal.SharingAgreementStore;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.support.SaferHubTest;

/**
 * The directory's stores write an aggregate only over the version it was read at, and keep its collections whole: a
 * person's contact roles in their order, an agreement's parties.
 */
@SaferHubTest
class DirectoryStoresTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Autowired
    OrganisationStore organisations;

    @Autowired
    PersonStore people;

    @Autowired
    SharingAgreementStore agreements;

    @Test
    void anOrganisationReadBeforeAnotherChangeWasSavedIsNotWrittenOverIt() {
        UUID id = newOrganisation("Stale version council").id();
        Organisation first = organisations.find(id).orElseThrow();
        Organisation second = organisations.find(id).orElseThrow();

        first.revise(details("Stale version council", "First"), NOW);
        organisations.update(first);
        second.revise(details("Stale version council", "Second"), NOW);

        assertThatThrownBy(() -> organisations.update(second)).isInstanceOf(OptimisticLockingFailureException.class);
        Organisation stored = organisations.find(id).orElseThrow();
        assertThat(stored.shortName()).isEqualTo("First");
        assertThat(stored.version()).isEqualTo(first.version() + 1);
    }

    @Test
    void aPersonsContactRolesComeBackInTheirOrderAndARevisionReplacesThem() {
        UUID organisation = newOrganisation("Contact roles council").id();
        var roles = List.of(new ContactRole("Zeta coordinator", "North", null),
                new ContactRole("Alpha lead", null, organisation), new ContactRole("Middle officer", "South", null));
        Person person = Person.create(new PersonDetails(organisation, "Role Holder", null, null, null,
                HandlingLevel.PARTNERSHIP, roles), NOW);
        people.insert(person);
        assertThat(people.find(person.id()).orElseThrow().contactRoles()).isEqualTo(roles);

        Person read = people.find(person.id()).orElseThrow();
        read.revise(new PersonDetails(organisation, "Role Holder", null, null, null, HandlingLevel.AGENCY,
                List.of(roles.get(2))), NOW);
        people.update(read);

        Person stored = people.findAll(Set.of(person.id())).getFirst();
        assertThat(stored.contactRoles()).containsExactly(roles.get(2));
        assertThat(stored.handlingLevel()).isEqualTo(HandlingLevel.AGENCY);
        assertThatThrownBy(() -> people.update(read)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void anAgreementKeepsItsPartiesAndIsFoundByEachOfThem() {
        UUID one = newOrganisation("Agreement party one").id();
        UUID two = newOrganisation("Agreement party two").id();
        SharingAgreement agreement = SharingAgreement.create("Stores agreement " + UUID.randomUUID(), null,
                Set.of(one), NOW);
        agreements.insert(agreement);

        SharingAgreement read = agreements.findAll(Set.of(agreement.id())).getFirst();
        read.addParty(two);
        agreements.update(read);

        assertThat(agreements.withParty(two)).extracting(SharingAgreement::id).containsExactly(agreement.id());
        assertThat(agreements.findAll(Set.of(agreement.id())).getFirst().partyIds()).containsExactlyInAnyOrder(one,
                two);
    }

    @Test
    void anOrganisationsAncestorsAreFollowedUpTheTreeNearestFirst() {
        Organisation top = newOrganisation("Tree top");
        Organisation middle = newOrganisation("Tree middle", top.id());
        Organisation bottom = newOrganisation("Tree bottom", middle.id());

        assertThat(organisations.selfAndAncestors(bottom.id(), 50)).containsExactly(bottom.id(), middle.id(),
                top.id());
        assertThat(organisations.selfAndAncestors(bottom.id(), 2)).containsExactly(bottom.id(), middle.id());
    }

    private Organisation newOrganisation(String name) {
        return newOrganisation(name, null);
    }

    private Organisation newOrganisation(String name, UUID parent) {
        Organisation organisation = Organisation.create(OrganisationDetails.of(DirectoryTestData.unique(name),
                OrganisationType.OTHER, parent), NOW);
        organisations.insert(organisation);
        return organisation;
    }

    private static OrganisationDetails details(String name, String shortName) {
        return new OrganisationDetails(DirectoryTestData.unique(name), shortName, OrganisationType.OTHER, null, null,
                null, null);
    }
}
