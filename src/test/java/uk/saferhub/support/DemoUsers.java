package uk.saferhub.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ActorPrincipal;

/**
 * Signs MockMvc requests in as a demonstration account (see demo/partnership.json), exactly as the sign-in form
 * would: the principal is loaded through the application's own UserDetailsService.
 *
 * <p>Useful accounts: {@code admin} (ADMINISTRATOR, Huntingdonshire DC), {@code ewilson} (COORDINATOR, Huntingdonshire
 * DC), {@code central.sergeant} (CONTRIBUTOR, Cambridgeshire Constabulary Central Division, police),
 * {@code cambs.analyst} (READER, Cambridgeshire Constabulary, police), {@code panel.member} (PANEL_MEMBER,
 * Peterborough City Council), {@code leeds.admin} (ADMINISTRATOR, Leeds City Council), {@code mstenton} (COORDINATOR,
 * Safer Leeds), {@code krowan} (CONTRIBUTOR, Safer Leeds), {@code ene.inspector} (CONTRIBUTOR, East North East Leeds
 * NPT, police), {@code ene.homes} (READER, ALMO), {@code herts.coordinator}, {@code herts.police},
 * {@code harpenden.clerk}.
 */
@Component
public class DemoUsers {

    public static final String PASSWORD = "test-demo-password-2026";

    private final UserDetailsService users;

    DemoUsers(UserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    public Actor actor(String username) {
        return ((ActorPrincipal) users.loadUserByUsername(username)).actor();
    }
}
