package uk.saferhub.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the sign-in page. It says whether sign-ins are being held back, which depends only on
 * the username typed and the address, never on whether the account exists or is disabled.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = exception instanceof SignInThrottledException ? "throttled" : "failed";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
