package uk.saferhub.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.saferhub.identity.UserAccount;
import uk.saferhub.shared.access.Actor;

/** Loads a user account for sign-in, with the actor it will act as. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final ActorFactory actors;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository accounts, ActorFactory actors, Clock clock) {
        this.accounts = accounts;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase();
        UserAccount account = accounts.findByUsername(normalised)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        Actor actor = actors.actor(Actor.Kind.USER, account.id(), account.displayName(), account.organisationId(),
                account.roleSet(), account.personId());
        return new ActorUser(actor, account.username(), account.passwordHash(), account.enabled(),
                !account.isLocked(clock.instant()));
    }
}
