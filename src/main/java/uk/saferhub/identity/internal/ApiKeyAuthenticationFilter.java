package uk.saferhub.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.identity.ApiKey;
import uk.saferhub.identity.Identity;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ActorPrincipal;
import uk.saferhub.shared.web.ProblemResponses;

/**
 * Authenticates an API call from {@code Authorization: Bearer shk_...} (or {@code X-API-Key}). A presented key that
 * is wrong or revoked is refused at once with 401 and audited; a call with no key goes on as anonymous.
 */
@Component
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final Identity identity;
    private final ActorFactory actors;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ApiKeyAuthenticationFilter(Identity identity, ActorFactory actors, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.identity = identity;
        this.actors = actors;
        this.audit = audit;
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presentedKey(request);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        ApiKey key = identity.authenticateApiKey(presented).orElse(null);
        if (key == null) {
            String prefix = presented.length() >= 16 ? presented.substring(0, 16) : "(malformed)";
            audit.recordIndependently(AuditEntry.anonymous(prefix, AuditAction.API_KEY_REFUSED, "api-key", null,
                    "Refused an unknown or revoked API key on " + request.getMethod() + " " + request.getRequestURI()));
            ProblemResponses.write(response, request, HttpStatus.UNAUTHORIZED, "Invalid API key",
                    "The API key is not recognised or has been revoked.");
            return;
        }
        Actor actor = actors.actor(Actor.Kind.API_KEY, key.id(), key.name(), key.organisationId(), key.roleSet(),
                null);
        var authentication = new ApiKeyAuthentication(actor);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        events.publishEvent(new AuthenticationSuccessEvent(authentication));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        String header = request.getHeader("X-API-Key");
        return header == null || header.isBlank() ? null : header.strip();
    }

    /** An authenticated API key. */
    static final class ApiKeyAuthentication extends AbstractAuthenticationToken {

        private final ActorPrincipal principal;

        ApiKeyAuthentication(Actor actor) {
            super(ActorUser.authorities(actor));
            this.principal = () -> actor;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return principal.actor().name();
        }
    }
}
