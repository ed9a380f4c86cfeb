package uk.saferhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import uk.saferhub.identity.internal.ApiKeyStore;
import uk.saferhub.identity.internal.UserAccountStore;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.Role;
import uk.saferhub.support.DemoUsers;
import uk.saferhub.support.SaferHubTest;

/**
 * The identity module's stores write an account or key only over the version it was read at, and keep its roles with
 * it.
 */
@SaferHubTest
class IdentityStoresTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Autowired
    UserAccountStore accounts;

    @Autowired
    ApiKeyStore apiKeys;

    @Autowired
    DemoUsers users;

    @Test
    void anAccountReadBeforeAnAdministratorsChangeWasSavedIsNotWrittenOverIt() {
        UserAccount account = newAccount();
        UserAccount first = accounts.find(account.id()).orElseThrow();
        UserAccount second = accounts.find(account.id()).orElseThrow();

        first.changeRoles(Set.of(Role.COORDINATOR, Role.READER), NOW);
        accounts.update(first);
        second.disable(NOW);

        assertThatThrownBy(() -> accounts.update(second)).isInstanceOf(OptimisticLockingFailureException.class);
        UserAccount stored = accounts.findByUsername(account.username()).orElseThrow();
        assertThat(stored.roleSet()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.READER);
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void aKeyIsFoundByItsPrefixWithItsRolesAndARevokedKeyStaysRevoked() {
        Actor admin = users.actor("admin");
        String prefix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        ApiKey key = ApiKey.issue("Stores key", prefix, "0".repeat(64), admin.organisationId(),
                EnumSet.of(Role.READER, Role.CONTRIBUTOR), admin.id(), NOW);
        apiKeys.insert(key);

        ApiKey found = apiKeys.findByPrefix(prefix).orElseThrow();
        assertThat(found.roleSet()).containsExactlyInAnyOrder(Role.READER, Role.CONTRIBUTOR);
        assertThat(found.active()).isTrue();

        found.revoke(NOW);
        apiKeys.update(found);
        assertThat(apiKeys.findAll(Set.of(key.id())).getFirst().revokedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> apiKeys.update(found)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    private UserAccount newAccount() {
        Actor admin = users.actor("admin");
        UserAccount account = UserAccount.create(TestAccounts.uniqueUsername("stores"), "Stores test", null,
                admin.organisationId(), Set.of(Role.READER), "not-a-real-hash", false, NOW);
        accounts.insert(account);
        return account;
    }
}
