package uk.saferhub.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/** Pages name people only as far as the reader may see them, through the checked lookup. */
@SaferHubTest
class PeopleNamedAsSeenTests {

    @Autowired
    Directory directory;

    @Autowired
    DemoUsers users;

    @Test
    void aPartnerSeesAPersonsNameWhileAnOrganisationOutsideTheSharingAgreementSeesOnlyTheirJobTitle() {
        UUID stenton = person("Martyn Stenton");
        assertThat(directory.namesAsSeenBy(users.actor("krowan"), List.of(stenton)))
                .containsEntry(stenton, "Martyn Stenton");
        assertThat(directory.namesAsSeenBy(users.actor("ewilson"), List.of(stenton)))
                .containsEntry(stenton, "Document Owner, PCSO and Environmental Services protocol");
    }

    @Test
    void thePublicSeesTheJobTitleOfAPersonWhoIsNotPublicAndNothingForAnUnknownId() {
        UUID wilson = person("Mrs E Wilson");
        UUID unknown = UUID.randomUUID();
        var names = directory.namesAsSeenBy(null, List.of(wilson, unknown));
        assertThat(names).doesNotContainKey(unknown);
        assertThat(names.get(wilson)).isNotEqualTo("Mrs E Wilson").isNotBlank();
    }

    @Test
    void theSystemChecksThatAnIdIsAPersonWithoutLearningWhoTheyAre() {
        UUID wilson = person("Mrs E Wilson");
        assertThat(directory.knownPeople(List.of(wilson, UUID.randomUUID()))).containsExactly(wilson);
    }

    private UUID person(String name) {
        return directory.allPeopleUncheckedForDemoLoaders().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow().id();
    }
}
