package uk.saferhub.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ActorPrincipal;

/** The signed-in principal: a user account seen through Spring Security, carrying the actor it acts as. */
public final class ActorUser implements UserDetails, CredentialsContainer, ActorPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final String username;
    private String passwordHash;
    private final boolean enabled;

    ActorUser(Actor actor, String username, String passwordHash, boolean enabled) {
        this.actor = actor;
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(actor);
    }

    static List<SimpleGrantedAuthority> authorities(Actor actor) {
        return actor.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActorUser that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "ActorUser[" + username + "]";
    }
}
