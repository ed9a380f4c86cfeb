package uk.saferhub.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;
import uk.saferhub.audit.Changes;
import uk.saferhub.shared.access.AccessRefused;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.RestrictedRecordViewed;

/** Turns access decisions and sign-in events, wherever they happen, into audit events. */
@Component
class AccessEventsAuditor {

    private final AuditTrail trail;

    AccessEventsAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(RestrictedRecordViewed event) {
        trail.recordIndependently(AuditEntry.by(event.actor(), AuditAction.VIEW, event.recordType(), event.recordId(),
                "Viewed a record " + restrictedTo(event.handlingLevel()), Changes.none()));
    }

    @EventListener
    void on(AccessRefused event) {
        String summary = "Access refused: " + event.reason();
        AuditEntry entry = event.actor() == null
                ? AuditEntry.anonymous(null, AuditAction.ACCESS_REFUSED, event.recordType(), event.recordId(), summary)
                : AuditEntry.by(event.actor(), AuditAction.ACCESS_REFUSED, event.recordType(), event.recordId(),
                        summary, Changes.none());
        trail.recordIndependently(entry);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        Actor actor = CurrentActor.from(event.getAuthentication()).orElse(null);
        if (actor == null) {
            return;
        }
        boolean apiKey = actor.kind() == Actor.Kind.API_KEY;
        trail.recordIndependently(AuditEntry.by(actor, apiKey ? AuditAction.API_KEY_USED : AuditAction.SIGN_IN,
                apiKey ? "api-key" : "user", actor.id(), apiKey ? "API key used" : "Signed in", Changes.none()));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication() == null ? null : event.getAuthentication().getName();
        trail.recordIndependently(AuditEntry.anonymous(name, AuditAction.SIGN_IN_FAILED, "user", null,
                "Sign-in failed: " + why(event.getException())));
    }

    /** Who a restricted record is for, in words the audit trail's reader uses. */
    static String restrictedTo(HandlingLevel level) {
        return switch (level) {
            case PUBLIC -> "open to the public";
            case PARTNERSHIP -> "shared with the partnership";
            case AGENCY -> "kept to its own organisation";
            case POLICE_ONLY -> "kept to the police (intelligence)";
        };
    }

    /** Why Spring Security refused a sign-in, as a person would say it (never the exception's class name). */
    static String why(AuthenticationException refusal) {
        return switch (refusal) {
            case BadCredentialsException wrong -> "wrong username or password";
            case DisabledException disabled -> "the account is disabled";
            case LockedException locked -> "the account is locked";
            case AccountExpiredException expired -> "the account has expired";
            case CredentialsExpiredException expired -> "the password has expired";
            default -> refusal.getClass().getSimpleName().equals("SignInThrottledException")
                    ? "too many attempts, held back for a while" : "refused";
        };
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        CurrentActor.from(event.getAuthentication()).ifPresent(actor -> trail.recordIndependently(
                AuditEntry.by(actor, AuditAction.SIGN_OUT, "user", actor.id(), "Signed out", Changes.none())));
    }
}
