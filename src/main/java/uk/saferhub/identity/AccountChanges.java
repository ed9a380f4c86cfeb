package uk.saferhub.identity;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.directory.Directory;
import uk.saferhub.identity.internal.SignInThrottle;
import uk.saferhub.identity.internal.SignedInSessions;
import uk.saferhub.identity.internal.UserAccountStore;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.RecordNotFoundException;
import uk.saferhub.shared.access.Role;

/**
 * Creates user accounts and changes them: enabled or not, roles, password, the person they are for. Each change is
 * audited, and one that changes what the user may do ends their sessions. Runs in the transaction of the
 * {@link Identity} method that calls it.
 */
@Component
class AccountChanges {

    private final UserAccountStore accounts;
    private final AdministeredRecords administered;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final Directory directory;
    private final SignedInSessions sessions;
    private final SignInThrottle signInThrottle;
    private final AuditTrail audit;
    private final Clock clock;

    AccountChanges(UserAccountStore accounts, AdministeredRecords administered, PasswordEncoder passwords,
            PasswordPolicy policy, Directory directory, SignedInSessions sessions, SignInThrottle signInThrottle,
            AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.administered = administered;
        this.passwords = passwords;
        this.policy = policy;
        this.directory = directory;
        this.sessions = sessions;
        this.signInThrottle = signInThrottle;
        this.audit = audit;
        this.clock = clock;
    }

    UserAccount create(Actor administrator, NewUser user) {
        if (!administrator.sharesWith(user.organisationId())
                || directory.organisation(user.organisationId()).isEmpty()) {
            throw new IdentityChangeRefused("organisationId", "identity.organisationId.notYours");
        }
        if (accounts.usernameTaken(user.username().strip().toLowerCase())) {
            throw new IdentityChangeRefused("username", "identity.user.username.taken");
        }
        requireAcceptable(user.password(), user.username());
        UserAccount account = UserAccount.create(user.username(), user.displayName(), user.email(),
                user.organisationId(), user.roles(), passwords.encode(user.password()), false, clock.instant());
        accounts.insert(account);
        audit.recordChange(AuditAction.CREATE, "user", account.id(), "Created user " + account.username(),
                Changes.none()
                        .field("username", null, account.username())
                        .field("displayName", null, account.displayName())
                        .field("organisationId", null, account.organisationId())
                        .field("roles", null, account.roleSet()));
        return account;
    }

    UserAccount createDemonstrationUser(String username, String displayName, String email, UUID organisationId,
            Set<Role> roles, String passwordHash, UUID personId) {
        UserAccount account = UserAccount.create(username, displayName, email, organisationId, roles,
                passwordHash, true, clock.instant());
        if (personId != null) {
            account.linkPerson(personId, clock.instant());
        }
        accounts.insert(account);
        audit.record(AuditEntry.system(AuditAction.CREATE, "user", account.id(),
                "Created demonstration user " + account.username(), Changes.none().field("roles", null,
                        account.roleSet())));
        return account;
    }

    UserAccount createFirstAdministrator(String username, UUID organisationId, String password) {
        requireAcceptable(password, username);
        UserAccount account = UserAccount.create(username, "First administrator", null, organisationId,
                Set.of(Role.ADMINISTRATOR), passwords.encode(password), false, clock.instant());
        accounts.insert(account);
        audit.record(AuditEntry.system(AuditAction.CREATE, "user", account.id(),
                "Created the first administrator " + account.username(),
                Changes.none().field("roles", null, account.roleSet())));
        return account;
    }

    void linkPerson(Actor administrator, UUID userId, UUID personId) {
        UserAccount account = administered.user(administrator, userId);
        if (personId != null) {
            directory.person(administrator, personId);
        }
        Changes changes = account.linkPerson(personId, clock.instant());
        accounts.update(account);
        sessions.endAllOf(account.username());
        audit.recordChange(AuditAction.UPDATE, "user", account.id(),
                "Linked user " + account.username() + " to a person", changes);
    }

    void disable(Actor administrator, UUID id) {
        UserAccount account = administered.user(administrator, id);
        if (account.id().equals(administrator.id())) {
            throw new IdentityChangeRefused(null, "identity.user.disable.self");
        }
        Changes changes = account.disable(clock.instant());
        accounts.update(account);
        sessions.endAllOf(account.username());
        audit.recordChange(AuditAction.UPDATE, "user", id, "Disabled user " + account.username(), changes);
    }

    void enable(Actor administrator, UUID id) {
        UserAccount account = administered.user(administrator, id);
        Changes changes = account.enable(clock.instant());
        accounts.update(account);
        audit.recordChange(AuditAction.UPDATE, "user", id, "Enabled user " + account.username(), changes);
    }

    void changeRoles(Actor administrator, UUID id, Set<Role> roles) {
        UserAccount account = administered.user(administrator, id);
        if (account.id().equals(administrator.id()) && !roles.contains(Role.ADMINISTRATOR)) {
            throw new IdentityChangeRefused("roles", "identity.user.roles.ownAdministrator");
        }
        Changes changes = account.changeRoles(roles, clock.instant());
        accounts.update(account);
        sessions.endAllOf(account.username());
        audit.recordChange(AuditAction.UPDATE, "user", id, "Changed roles of " + account.username(), changes);
    }

    void resetPassword(Actor administrator, UUID id, String newPassword) {
        UserAccount account = administered.user(administrator, id);
        requireAcceptable(newPassword, account.username());
        Changes changes = account.changePassword(passwords.encode(newPassword), clock.instant());
        accounts.update(account);
        sessions.endAllOf(account.username());
        signInThrottle.forgetFailuresOf(account.username());
        audit.recordChange(AuditAction.PASSWORD_CHANGED, "user", id,
                "Reset the password of " + account.username(), changes);
    }

    void changeOwnPassword(Actor self, String currentPassword, String newPassword) {
        UserAccount account = accounts.find(self.id()).orElseThrow(() -> new RecordNotFoundException("user",
                self.id()));
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new PasswordRefusedException("currentPassword", "identity.currentPassword.wrong");
        }
        if (passwords.matches(newPassword, account.passwordHash())) {
            throw new PasswordRefusedException("newPassword", "identity.newPassword.sameAsCurrent");
        }
        requireAcceptable(newPassword, account.username());
        Changes changes = account.changePassword(passwords.encode(newPassword), clock.instant());
        accounts.update(account);
        sessions.endOthersOf(account.username());
        audit.recordChange(AuditAction.PASSWORD_CHANGED, "user", account.id(), "Changed own password", changes);
    }

    private void requireAcceptable(String password, String username) {
        policy.problemWith(password, username).ifPresent(problem -> {
            throw new PasswordRefusedException(problem);
        });
    }
}
