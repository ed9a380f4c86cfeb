package uk.saferhub.identity.internal;

import java.io.Serial;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked because its username and source address, or the address, failed too often lately. */
class SignInThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    SignInThrottledException() {
        super("Too many failed sign-ins from this address");
    }
}
