package uk.saferhub.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.AccessRefused;
import uk.saferhub.shared.access.CurrentActor;
import uk.saferhub.shared.web.UnsentForm;

/**
 * Audits a refused page request, then shows the 403 page, or for a missing or stale CSRF token (most often a session
 * that ended while a form was open) the 400 page offering back what was typed.
 */
@Component
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final ApplicationEventPublisher events;
    private final AccessDeniedHandlerImpl delegate = new AccessDeniedHandlerImpl();

    AuditingAccessDeniedHandler(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException, ServletException {
        boolean csrf = exception instanceof CsrfException;
        events.publishEvent(new AccessRefused(CurrentActor.get().orElse(null), "page",
                request.getMethod() + " " + request.getRequestURI(),
                csrf ? "missing or invalid CSRF token" : "role does not allow it"));
        if (csrf) {
            if ("POST".equals(request.getMethod()) && !request.getRequestURI().endsWith("/login")) {
                // Most often a session that ended while the form was open: the error page offers the text back.
                request.setAttribute(UnsentForm.ATTRIBUTE, UnsentForm.of(request));
            }
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        delegate.handle(request, response, exception);
    }
}
