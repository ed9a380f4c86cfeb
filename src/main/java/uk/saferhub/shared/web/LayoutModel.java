package uk.saferhub.shared.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/**
 * Puts what the layout needs on the model of every page that is rendered: who is signed in and the navigation they
 * may use. As an interceptor after the handler, it does nothing for the API (no view) or a redirect, which a
 * controller advice's model attributes could not tell apart from a page.
 */
@Component
class LayoutModel implements HandlerInterceptor {

    private final List<NavigationContributor> contributors;
    private final RoleHierarchy roles;

    LayoutModel(List<NavigationContributor> contributors, RoleHierarchy roles) {
        this.contributors = contributors;
        this.roles = roles;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || page.wasCleared() || isRedirectOrForward(page.getViewName())) {
            return;
        }
        Actor actor = CurrentActor.get().orElse(null);
        page.getModelMap().putIfAbsent("currentActor", actor);
        page.getModelMap().putIfAbsent("navigation", navigation(actor, request));
        page.getModelMap().putIfAbsent("formHasErrors", !titledByHandler(page)
                && (page.getModelMap().containsAttribute("actionError") || page.getModelMap().values().stream()
                        .anyMatch(value -> value instanceof BindingResult result && result.hasErrors())));
    }

    /**
     * Pages not yet moved to the form kit write "Error: " into the title they pass themselves; until they are, the
     * layout does not add it twice.
     */
    private static boolean titledByHandler(ModelAndView page) {
        return page.getModelMap().values().stream()
                .anyMatch(value -> value instanceof String text && text.startsWith("Error: "));
    }

    private static boolean isRedirectOrForward(String viewName) {
        return viewName != null && (viewName.startsWith("redirect:") || viewName.startsWith("forward:"));
    }

    private List<ActiveItem> navigation(Actor actor, HttpServletRequest request) {
        if (actor == null) {
            return List.of();
        }
        var reachable = roles.getReachableGrantedAuthorities(actor.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList())
                .stream().map(GrantedAuthority::getAuthority).toList();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return contributors.stream()
                .flatMap(contributor -> contributor.navigationItems().stream())
                .filter(item -> item.role() == null || reachable.contains(item.role().authority()))
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .map(item -> new ActiveItem(item.labelKey(), item.href(),
                        item.activePrefix().equals("/") ? path.equals("/") : path.startsWith(item.activePrefix())))
                .toList();
    }

    /** A navigation entry and whether the current page belongs to it. */
    record ActiveItem(String labelKey, String href, boolean active) {
    }
}
