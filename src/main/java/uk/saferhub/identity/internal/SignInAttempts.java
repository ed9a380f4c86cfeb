package uk.saferhub.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import uk.saferhub.identity.Identity;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/** Counts failed sign-ins towards the lockout and clears the count on success. */
@Component
class SignInAttempts {

    private final Identity identity;

    SignInAttempts(Identity identity) {
        this.identity = identity;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        identity.recordFailedSignIn(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        CurrentActor.from(event.getAuthentication())
                .filter(actor -> actor.kind() == Actor.Kind.USER)
                .ifPresent(actor -> identity.recordSignIn(actor.id()));
    }
}
