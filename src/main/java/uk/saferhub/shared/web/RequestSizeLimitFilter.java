package uk.saferhub.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.saferhub.shared.SaferHubProperties;

/**
 * Refuses a request body over the configured limit with 413 before anything reads it. File uploads (multipart) have
 * their own, larger limit ({@code saferhub.security.max-upload-bytes}, 25 MB), and the pages of
 * {@code saferhub.security.large-upload-paths} take up to {@code spring.servlet.multipart}'s (256 MB: the crime
 * import's, for a month's archive of every force's crimes). Checked here,
 * before Spring Security, because its CSRF check reads a multipart body whole to find the token in it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final long uploadLimit;
    /** The pages that take uploads up to the multipart limit. */
    private final java.util.Set<String> largeUploads;

    public RequestSizeLimitFilter(SaferHubProperties properties) {
        this.limit = properties.security().maxRequestBytes();
        this.uploadLimit = properties.security().maxUploadBytes();
        this.largeUploads = java.util.Set.copyOf(properties.security().largeUploadPaths());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        long allowed = !multipart ? limit
                : largeUploads.contains(request.getRequestURI()) ? Long.MAX_VALUE : uploadLimit;
        if (request.getContentLengthLong() > allowed) {
            if (ProblemResponses.isApi(request)) {
                ProblemResponses.write(response, request, HttpStatus.CONTENT_TOO_LARGE, "Request too large",
                        "The request body is larger than " + allowed + " bytes.");
            } else {
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
