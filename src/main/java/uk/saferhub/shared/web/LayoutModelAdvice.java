package uk.saferhub.shared.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.CurrentActor;

/** Puts what the layout needs on every page's model: who is signed in and the navigation they may use. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private final List<NavigationContributor> contributors;
    private final RoleHierarchy roles;

    LayoutModelAdvice(List<NavigationContributor> contributors, RoleHierarchy roles) {
        this.contributors = contributors;
        this.roles = roles;
    }

    @ModelAttribute("currentActor")
    Actor currentActor() {
        return CurrentActor.get().orElse(null);
    }

    @ModelAttribute("navigation")
    List<ActiveItem> navigation(HttpServletRequest request) {
        Actor actor = CurrentActor.get().orElse(null);
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
                .map(item -> new ActiveItem(item.label(), item.href(),
                        item.activePrefix().equals("/") ? path.equals("/") : path.startsWith(item.activePrefix())))
                .toList();
    }

    /** A navigation entry and whether the current page belongs to it. */
    record ActiveItem(String label, String href, boolean active) {
    }
}
