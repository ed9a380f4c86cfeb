package uk.saferhub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.ChangePolicy;
import uk.saferhub.shared.access.Role;

/** The change rule's role hierarchy is the one Spring Security applies to the handlers' hasRole(...). */
class RoleHierarchyAgreementTests {

    @Test
    void theChangePolicyGrantsARoleExactlyWhenTheHandlersRoleHierarchyReachesIt() {
        var hierarchy = SecurityConfiguration.roleHierarchy();
        for (Role held : Role.values()) {
            Actor actor = new Actor(Actor.Kind.USER, UUID.randomUUID(), "Test actor", UUID.randomUUID(), "Org", false,
                    Set.of(), Set.of(held), null);
            var reachable = hierarchy.getReachableGrantedAuthorities(
                    List.<GrantedAuthority>of(new SimpleGrantedAuthority(held.authority()))).stream()
                    .map(GrantedAuthority::getAuthority).toList();
            for (Role needed : Role.values()) {
                assertThat(ChangePolicy.holds(actor, needed)).as(held + " holds " + needed)
                        .isEqualTo(reachable.contains(needed.authority()));
            }
        }
    }
}
