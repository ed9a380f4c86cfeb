package uk.saferhub.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.AccessRefused;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.web.ProblemResponses;

/** API callers without a valid key get 401, and those without the role 403, as RFC 9457 problem details. */
@Component
class ProblemDetailsSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ApplicationEventPublisher events;

    ProblemDetailsSecurityHandler(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"SaferHub API\"");
        ProblemResponses.write(response, request, HttpStatus.UNAUTHORIZED,
                "Authentication required",
                "Call the API with a valid API key in the Authorization header: Bearer shk_...");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        events.publishEvent(new AccessRefused(CurrentActor.get().orElse(null), "endpoint",
                request.getMethod() + " " + request.getRequestURI(), "role does not allow it"));
        ProblemResponses.write(response, request, HttpStatus.FORBIDDEN, "Not allowed",
                "Your API key's roles do not allow this request.");
    }

    static MediaType problemJson() {
        return MediaType.APPLICATION_PROBLEM_JSON;
    }
}
