package uk.saferhub.identity.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash attributes (the "saved" banner after a redirect) for pages only. The dispatcher asks for them on every
 * request, static files included, and asking reads the session from the database and marks it used; a stylesheet
 * or an icon has no flash attributes to show, so for the static paths the session is not asked.
 */
class PageFlashMaps extends SessionFlashMapManager {

    private final List<RequestMatcher> staticPaths;

    PageFlashMaps(String... staticPaths) {
        this.staticPaths = Arrays.stream(staticPaths)
                .<RequestMatcher>map(PathPatternRequestMatcher.withDefaults()::matcher)
                .toList();
    }

    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        return isStatic(request) ? null : super.retrieveFlashMaps(request);
    }

    private boolean isStatic(HttpServletRequest request) {
        return staticPaths.stream().anyMatch(path -> path.matches(request));
    }
}
