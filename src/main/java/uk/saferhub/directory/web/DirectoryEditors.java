package uk.saferhub.directory.web;

import java.util.List;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.Role;

/**
 * Whether to offer an actor the directory's add and change buttons: the same rule as the handlers' own
 * {@code hasRole('COORDINATOR')}, through the same role hierarchy.
 */
@Component
class DirectoryEditors {

    private final RoleHierarchy roles;

    DirectoryEditors(RoleHierarchy roles) {
        this.roles = roles;
    }

    boolean mayEdit(Actor actor) {
        List<GrantedAuthority> held = actor.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return roles.getReachableGrantedAuthorities(held).stream()
                .anyMatch(authority -> Role.COORDINATOR.authority().equals(authority.getAuthority()));
    }
}
