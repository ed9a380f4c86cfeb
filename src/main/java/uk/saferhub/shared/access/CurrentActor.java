package uk.saferhub.shared.access;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, if anyone is signed in. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<Actor> from(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    /** For handlers that already require a signed-in user. */
    public static Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in actor"));
    }
}
