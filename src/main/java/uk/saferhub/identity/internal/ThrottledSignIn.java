package uk.saferhub.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import uk.saferhub.audit.AuditAction;
import uk.saferhub.audit.AuditEntry;
import uk.saferhub.audit.AuditTrail;

/**
 * Signs in with a username and password, throttled by {@link SignInThrottle}. A throttled attempt is refused before
 * anything is looked up, and an attempt that goes ahead always checks the password before the account's status, so
 * neither the answer nor its timing differs between a real username, a disabled one and a made-up one.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;

    ThrottledSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, AuditTrail audit,
            Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // Spring checks a disabled or locked account before its password, answering such accounts measurably faster
        this.passwords.setPreAuthenticationChecks(user -> {
        });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Instant now = clock.instant();
        if (throttle.throttled(username, address, now)) {
            audit.recordIndependently(AuditEntry.anonymous(username, AuditAction.SIGN_IN_FAILED, "user", null,
                    "Sign-in refused unchecked: too many failed sign-ins from this address"));
            throw new SignInThrottledException();
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            return signedIn;
        } catch (BadCredentialsException | AccountStatusException refused) {
            // a disabled account counts as a wrong password does, so even its right password tells nothing apart
            if (throttle.failed(username, address, now)) {
                LOG.info("Holding back sign-ins from {} after repeated failures", SignInThrottle.source(address));
            }
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Scheduled(cron = "0 7 * * * *")
    void forgetExpired() {
        throttle.forgetExpired(clock.instant());
    }
}
