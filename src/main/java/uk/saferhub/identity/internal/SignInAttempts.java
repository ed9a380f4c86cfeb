package uk.saferhub.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import uk.saferhub.identity.Identity;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/** Stamps a user's last sign-in. Failed ones are counted by {@link ThrottledSignIn} and audited by the audit module. */
@Component
class SignInAttempts {

    private final Identity identity;

    SignInAttempts(Identity identity) {
        this.identity = identity;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        CurrentActor.from(event.getAuthentication())
                .filter(actor -> actor.kind() == Actor.Kind.USER)
                .ifPresent(actor -> identity.recordSignIn(actor.id()));
    }
}
