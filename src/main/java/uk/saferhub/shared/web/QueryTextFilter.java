package uk.saferhub.shared.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400, an address whose query string holds a control character such as NUL, whatever reads it later
 * (a search passed on to SQL, a list's pagination links). Form fields and JSON bodies are screened where they are
 * bound instead ({@link TextBinding}, {@link JsonInput}), so a form can show the error beside its field.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
public class QueryTextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SubmittedText.isRefused(decoded(request.getQueryString()))) {
            if (ProblemResponses.isApi(request)) {
                ProblemResponses.write(response, request, HttpStatus.BAD_REQUEST, "Invalid request",
                        "A query parameter contains a control character, which cannot be stored: remove it.");
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value());
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static String decoded(String query) {
        if (query == null) {
            return null;
        }
        try {
            return URLDecoder.decode(query.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return query; // left for the server to refuse as it parses the parameters
        }
    }
}
