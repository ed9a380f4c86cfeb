package uk.saferhub.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * A browser that leaves before its page is written (a closed tab, a click on another link) is not a fault of
 * SaferHub: the write fails with "Broken pipe" or "Connection reset", and nobody is left to answer. Such a failure is
 * logged at debug level, in one line, and not answered with an error page that could no longer be sent either.
 * Anything else passes on to the error handling as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientDisconnects extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ClientDisconnects.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!left(failure)) {
                throw failure;
            }
            log.debug("The client left before {} {} was answered: {}", request.getMethod(), request.getRequestURI(),
                    failure.toString());
        }
    }

    /** Whether the failure, or one of its causes, is the client's connection going away. */
    static boolean left(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) { // causes may loop
            if (DisconnectedClientHelper.isClientDisconnectedException(cause)) {
                return true;
            }
        }
        return false;
    }
}
