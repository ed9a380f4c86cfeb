package uk.saferhub.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.identity.internal.ActorFactory;
import uk.saferhub.identity.internal.ApiKeyLookup;
import uk.saferhub.identity.internal.ApiKeyRepository;
import uk.saferhub.identity.internal.LastUse;
import uk.saferhub.identity.internal.SignInThrottle;
import uk.saferhub.identity.internal.SignedInSessions;
import uk.saferhub.identity.internal.UserAccountRepository;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;

/**
 * The identity module's API: user accounts and API keys. An administrator manages the accounts and keys of the
 * organisations that share with theirs; anything else answers as absent.
 */
@Service
public class Identity {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final ApiKeyRepository apiKeys;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final ActorFactory actors;
    private final LastUse lastUse;
    private final ApiKeyLookup keyLookup;
    private final SignedInSessions sessions;
    private final SignInThrottle signInThrottle;

    Identity(UserAccountRepository accounts, ApiKeyRepository apiKeys, PasswordEncoder passwords,
            PasswordPolicy policy, Directory directory, AuditTrail audit, Clock clock, ActorFactory actors,
            LastUse lastUse, ApiKeyLookup keyLookup, SignedInSessions sessions, SignInThrottle signInThrottle) {
        this.keyLookup = keyLookup;
        this.signInThrottle = signInThrottle;
        this.sessions = sessions;
        this.actors = actors;
        this.lastUse = lastUse;
        this.accounts = accounts;
        this.apiKeys = apiKeys;
        this.passwords = passwords;
        this.policy = policy;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    // --- user accounts ---------------------------------------------------------------------------------------------

    /** The actor an enabled user acts as, for requests without a session such as calendar feeds. */
    @Transactional(readOnly = true)
    public Optional<Actor> actorOf(UUID userId) {
        return accounts.findById(userId).filter(UserAccount::enabled)
                .map(account -> actors.actor(Actor.Kind.USER, account.id(), account.displayName(),
                        account.organisationId(), account.roleSet(), account.personId()));
    }

    /** Links a user account to the person in the directory it is for (or unlinks it with null). */
    @Transactional
    public void linkPerson(Actor administrator, UUID userId, UUID personId) {
        UserAccount account = userManagedBy(administrator, userId);
        if (personId != null) {
            directory.person(administrator, personId);
        }
        Changes changes = account.linkPerson(personId, clock.instant());
        accounts.save(account);
        sessions.endAllOf(account.username());
        audit.recordChange(AuditAction.UPDATE, "user", account.id(),
                "Linked user " + account.username() + " to a person", changes);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> usersManagedBy(Actor administrator) {
        return accounts.findAll().stream()
                .filter(account -> administrator.sharesWith(account.organisationId()))
                .sorted(Comparator.comparing(UserAccount::username))
                .toList();
    }

    @Transactional(readOnly = true)
    public UserAccount userManagedBy(Actor administrator, UUID id) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("user", id));
        if (!administrator.sharesWith(account.organisationId())) {
            throw refused(administrator, "user", id);
        }
        return account;
    }

    /**
     * An account or key of an organisation that does not share with the administrator's: the refusal is audited, as
     * every refused access is, and the answer is the same as for one that does not exist.
     */
    private RecordNotFoundException refused(Actor administrator, String recordType, UUID id) {
        audit.recordIndependently(AuditEntry.by(administrator, AuditAction.ACCESS_REFUSED, recordType, id,
                "Access refused: another organisation's " + recordType, Changes.none()));
        return new RecordNotFoundException(recordType, id);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> user(UUID id) {
        return accounts.findById(id);
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return accounts.existsByUsername(username.strip().toLowerCase());
    }

    @Transactional
    public UserAccount createUser(Actor administrator, NewUser user) {
        if (!administrator.sharesWith(user.organisationId()) || directory.organisation(user.organisationId()).isEmpty()) {
            throw new IdentityChangeRefused("organisationId", "Select an organisation you administer");
        }
        if (usernameTaken(user.username())) {
            throw new IdentityChangeRefused("username", "That username is already taken: choose another");
        }
        requireAcceptable(user.password(), user.username());
        UserAccount account = accounts.save(UserAccount.create(user.username(), user.displayName(), user.email(),
                user.organisationId(), user.roles(), passwords.encode(user.password()), false, clock.instant()));
        audit.recordChange(AuditAction.CREATE, "user", account.id(), "Created user " + account.username(),
                Changes.none()
                        .field("username", null, account.username())
                        .field("displayName", null, account.displayName())
                        .field("organisationId", null, account.organisationId())
                        .field("roles", null, account.roleSet()));
        return account;
    }

    /** For the demonstration loader: creates an account with an already hashed password, unaudited by a user. */
    @Transactional
    public UserAccount createDemonstrationUser(String username, String displayName, String email,
            UUID organisationId, Set<Role> roles, String passwordHash, UUID personId) {
        UserAccount created = UserAccount.create(username, displayName, email, organisationId, roles,
                passwordHash, true, clock.instant());
        if (personId != null) {
            created.linkPerson(personId, clock.instant());
        }
        UserAccount account = accounts.save(created);
        audit.record(AuditEntry.system(AuditAction.CREATE, "user", account.id(),
                "Created demonstration user " + account.username(), Changes.none().field("roles", null,
                        account.roleSet())));
        return account;
    }

    /** For the first start of a production database: an administrator created by SaferHub itself. */
    @Transactional
    public UserAccount createFirstAdministrator(String username, UUID organisationId, String password) {
        requireAcceptable(password, username);
        UserAccount account = accounts.save(UserAccount.create(username, "First administrator", null,
                organisationId, Set.of(Role.ADMINISTRATOR), passwords.encode(password), false, clock.instant()));
        audit.record(AuditEntry.system(AuditAction.CREATE, "user", account.id(),
                "Created the first administrator " + account.username(),
                Changes.none().field("roles", null, account.roleSet())));
        return account;
    }

    public String hash(String password) {
        return passwords.encode(password);
    }

    @Transactional
    public void disableUser(Actor administrator, UUID id) {
        UserAccount account = userManagedBy(administrator, id);
        if (account.id().equals(administrator.id())) {
            throw new IdentityChangeRefused(null, "You cannot disable your own account");
        }
        Changes changes = account.disable(clock.instant());
        accounts.save(account);
        sessions.endAllOf(account.username());
        audit.recordChange(AuditAction.UPDATE, "user", id, "Disabled user " + account.username(), changes);
    }

    @Transactional
    public void enableUser(Actor administrator, UUID id) {
        UserAccount account = userManagedBy(administrator, id);
        Changes changes = account.enable(clock.instant());
        accounts.save(account);
        audit.recordChange(AuditAction.UPDATE, "user", id, "Enabled user " + account.username(), changes);
    }

    @Transactional
    public void changeRoles(Actor administrator, UUID id, Set<Role> roles) {
        UserAccount account = userManagedBy(administrator, id);
        if (account.id().equals(administrator.id()) && !roles.contains(Role.ADMINISTRATOR)) {
            throw new IdentityChangeRefused("roles", "You cannot remove your own administrator role");
        }
        Changes changes = account.changeRoles(roles, clock.instant());
        accounts.save(account);
        sessions.endAllOf(account.username());
        audit.recordChange(AuditAction.UPDATE, "user", id, "Changed roles of " + account.username(), changes);
    }

    /**
     * An administrator sets a new password for a user, which ends their sessions and forgets their failed sign-ins
     * from every address.
     */
    @Transactional
    public void resetPassword(Actor administrator, UUID id, String newPassword) {
        UserAccount account = userManagedBy(administrator, id);
        requireAcceptable(newPassword, account.username());
        Changes changes = account.changePassword(passwords.encode(newPassword), clock.instant());
        accounts.save(account);
        sessions.endAllOf(account.username());
        signInThrottle.forgetFailuresOf(account.username());
        audit.recordChange(AuditAction.PASSWORD_CHANGED, "user", id,
                "Reset the password of " + account.username(), changes);
    }

    /** A user changes their own password, proving they know the current one; their other sessions end. */
    @Transactional
    public void changeOwnPassword(Actor self, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(self.id()).orElseThrow(() -> new RecordNotFoundException("user",
                self.id()));
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new PasswordRefusedException("currentPassword", "Your current password is not correct");
        }
        if (passwords.matches(newPassword, account.passwordHash())) {
            throw new PasswordRefusedException("Choose a password different from your current one");
        }
        requireAcceptable(newPassword, account.username());
        Changes changes = account.changePassword(passwords.encode(newPassword), clock.instant());
        accounts.save(account);
        sessions.endOthersOf(account.username());
        audit.recordChange(AuditAction.PASSWORD_CHANGED, "user", account.id(), "Changed own password", changes);
    }

    /** Stamps the sign-in outside the account's version, so it cannot collide with an administrator's change. */
    public void recordSignIn(UUID userId) {
        lastUse.userSignedIn(userId, clock.instant());
    }

    private void requireAcceptable(String password, String username) {
        policy.problemWith(password, username).ifPresent(reason -> {
            throw new PasswordRefusedException(reason);
        });
    }

    // --- API keys --------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ApiKey> apiKeysManagedBy(Actor administrator) {
        return apiKeys.findAll().stream()
                .filter(key -> administrator.sharesWith(key.organisationId()))
                .sorted(Comparator.comparing(ApiKey::createdAt).reversed())
                .toList();
    }

    @Transactional
    public IssuedApiKey issueApiKey(Actor administrator, String name, UUID organisationId, Set<Role> roles) {
        if (name == null || name.isBlank()) {
            throw new IdentityChangeRefused("name", "Enter a name for the key");
        }
        if (!administrator.sharesWith(organisationId) || directory.organisation(organisationId).isEmpty()) {
            throw new IdentityChangeRefused("organisationId", "Select an organisation you administer");
        }
        String prefix = randomHex(6);
        String secret = randomHex(24);
        String plainKey = "shk_" + prefix + "_" + secret;
        ApiKey key = apiKeys.save(ApiKey.issue(name, prefix, sha256(plainKey), organisationId, roles,
                administrator.id(), clock.instant()));
        audit.recordChange(AuditAction.CREATE, "api-key", key.id(), "Issued API key " + key.name(), Changes.none()
                .field("name", null, key.name())
                .field("organisationId", null, organisationId)
                .field("roles", null, key.roleSet()));
        return new IssuedApiKey(key, plainKey);
    }

    @Transactional
    public void revokeApiKey(Actor administrator, UUID id) {
        ApiKey key = apiKeys.findById(id).orElseThrow(() -> new RecordNotFoundException("api-key", id));
        if (!administrator.sharesWith(key.organisationId())) {
            throw refused(administrator, "api-key", id);
        }
        key.revoke(clock.instant());
        apiKeys.save(key);
        audit.recordChange(AuditAction.UPDATE, "api-key", id, "Revoked API key " + key.name(),
                Changes.none().field("revokedAt", null, key.revokedAt()));
    }

    /**
     * The active key matching a presented key, checked by hash in constant time. Its last-used time is stamped at most
     * once a minute and outside the key's version: many clients may use one key at once.
     */
    public Optional<ApiKey> authenticateApiKey(String presented) {
        if (presented == null || !presented.matches("shk_[0-9a-f]{12}_[0-9a-f]{48}")) {
            return Optional.empty();
        }
        String prefix = presented.substring(4, 16);
        return keyLookup.byPrefix(prefix)
                .map(ApiKey::restored)
                .filter(ApiKey::active)
                .filter(key -> MessageDigest.isEqual(key.secretHash().getBytes(StandardCharsets.US_ASCII),
                        sha256(presented).getBytes(StandardCharsets.US_ASCII)))
                .map(key -> {
                    Instant now = clock.instant();
                    if (LastUse.apiKeyStampDue(key.lastUsedAt(), now)) {
                        lastUse.apiKeyUsed(key.id(), now);
                    }
                    return key;
                });
    }

    private static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
