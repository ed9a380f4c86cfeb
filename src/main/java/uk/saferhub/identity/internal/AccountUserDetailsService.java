package uk.saferhub.identity.internal;

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

    private final UserAccountStore accounts;
    private final ActorFactory actors;

    AccountUserDetailsService(UserAccountStore accounts, ActorFactory actors) {
        this.accounts = accounts;
        this.actors = actors;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase();
        UserAccount account = accounts.findByUsername(normalised)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        Actor actor = actors.actor(Actor.Kind.USER, account.id(), account.displayName(), account.organisationId(),
                account.roleSet(), account.personId());
        return new ActorUser(actor, account.username(), account.passwordHash(), account.enabled());
    }
}
