package uk.saferhub.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.identity.internal.ActorFactory;
import uk.saferhub.identity.internal.LastUse;
import uk.saferhub.identity.internal.UserAccountStore;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.Role;

/**
 * The identity module's API: user accounts and API keys. An administrator manages the accounts and keys of the
 * organisations that share with theirs; anything else answers as absent. Reads are answered here; changes are made by
 * {@link AccountChanges} and {@link ApiKeyRegistry}, each in a transaction begun here.
 */
@Service
public class Identity {

    private final UserAccountStore accounts;
    private final AdministeredRecords administered;
    private final AccountChanges accountChanges;
    private final ApiKeyRegistry apiKeys;
    private final PasswordEncoder passwords;
    private final ActorFactory actors;
    private final LastUse lastUse;
    private final Clock clock;

    Identity(UserAccountStore accounts, AdministeredRecords administered, AccountChanges accountChanges,
            ApiKeyRegistry apiKeys, PasswordEncoder passwords, ActorFactory actors, LastUse lastUse, Clock clock) {
        this.accounts = accounts;
        this.administered = administered;
        this.accountChanges = accountChanges;
        this.apiKeys = apiKeys;
        this.passwords = passwords;
        this.actors = actors;
        this.lastUse = lastUse;
        this.clock = clock;
    }

    // --- user accounts ---------------------------------------------------------------------------------------------

    /** The actor an enabled user acts as, for requests without a session such as calendar feeds. */
    @Transactional(readOnly = true)
    public Optional<Actor> actorOf(UUID userId) {
        return accounts.find(userId).filter(UserAccount::enabled)
                .map(account -> actors.actor(Actor.Kind.USER, account.id(), account.displayName(),
                        account.organisationId(), account.roleSet(), account.personId()));
    }

    @Transactional(readOnly = true)
    public List<UserAccount> usersManagedBy(Actor administrator) {
        return administered.users(administrator);
    }

    @Transactional(readOnly = true)
    public UserAccount userManagedBy(Actor administrator, UUID id) {
        return administered.user(administrator, id);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> user(UUID id) {
        return accounts.find(id);
    }

    /** The account of a username, as a demonstration loader finds the user it records something as. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> userNamed(String username) {
        return accounts.findByUsername(username.strip().toLowerCase());
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return accounts.usernameTaken(username.strip().toLowerCase());
    }

    @Transactional
    public UserAccount createUser(Actor administrator, NewUser user) {
        return accountChanges.create(administrator, user);
    }

    /** For the demonstration loader: creates an account with an already hashed password, unaudited by a user. */
    @Transactional
    public UserAccount createDemonstrationUser(String username, String displayName, String email,
            UUID organisationId, Set<Role> roles, String passwordHash, UUID personId) {
        return accountChanges.createDemonstrationUser(username, displayName, email, organisationId, roles,
                passwordHash, personId);
    }

    /** For the first start of a production database: an administrator created by SaferHub itself. */
    @Transactional
    public UserAccount createFirstAdministrator(String username, UUID organisationId, String password) {
        return accountChanges.createFirstAdministrator(username, organisationId, password);
    }

    public String hash(String password) {
        return passwords.encode(password);
    }

    /** Links a user account to the person in the directory it is for (or unlinks it with null). */
    @Transactional
    public void linkPerson(Actor administrator, UUID userId, UUID personId) {
        accountChanges.linkPerson(administrator, userId, personId);
    }

    @Transactional
    public void disableUser(Actor administrator, UUID id) {
        accountChanges.disable(administrator, id);
    }

    @Transactional
    public void enableUser(Actor administrator, UUID id) {
        accountChanges.enable(administrator, id);
    }

    @Transactional
    public void changeRoles(Actor administrator, UUID id, Set<Role> roles) {
        accountChanges.changeRoles(administrator, id, roles);
    }

    /**
     * An administrator sets a new password for a user, which ends their sessions and forgets their failed sign-ins
     * from every address.
     */
    @Transactional
    public void resetPassword(Actor administrator, UUID id, String newPassword) {
        accountChanges.resetPassword(administrator, id, newPassword);
    }

    /** A user changes their own password, proving they know the current one; their other sessions end. */
    @Transactional
    public void changeOwnPassword(Actor self, String currentPassword, String newPassword) {
        accountChanges.changeOwnPassword(self, currentPassword, newPassword);
    }

    /** Stamps the sign-in outside the account's version, so it cannot collide with an administrator's change. */
    public void recordSignIn(UUID userId) {
        lastUse.userSignedIn(userId, clock.instant());
    }

    // --- API keys --------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ApiKey> apiKeysManagedBy(Actor administrator) {
        return administered.apiKeys(administrator);
    }

    @Transactional
    public IssuedApiKey issueApiKey(Actor administrator, String name, UUID organisationId, Set<Role> roles) {
        return apiKeys.issue(administrator, name, organisationId, roles);
    }

    @Transactional
    public void revokeApiKey(Actor administrator, UUID id) {
        apiKeys.revoke(administrator, id);
    }

    /**
     * The active key matching a presented key, checked by hash in constant time. Its last-used time is stamped at most
     * once a minute and outside the key's version: many clients may use one key at once.
     */
    public Optional<ApiKey> authenticateApiKey(String presented) {
        return apiKeys.authenticate(presented);
    }
}
