package uk.saferhub.identity.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import uk.saferhub.directory.Directory;
import uk.saferhub.identity.Identity;
import uk.saferhub.shared.SaferHubProperties;
import uk.saferhub.shared.access.Role;
import uk.saferhub.shared.demo.DemoDataContributor;

/**
 * The demonstration accounts listed in the README. All take their password from {@code SAFERHUB_DEMO_PASSWORD};
 * the one hash is computed once, since they share the password anyway.
 */
@Component
class IdentityDemoData implements DemoDataContributor {

    private final Identity identity;
    private final Directory directory;
    private final SaferHubProperties properties;

    IdentityDemoData(Identity identity, Directory directory, SaferHubProperties properties) {
        this.identity = identity;
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load(JsonNode partnership) {
        String hash = null;
        for (JsonNode node : partnership.get("accounts")) {
            String username = node.get("username").asString();
            if (identity.usernameTaken(username)) {
                continue;
            }
            if (hash == null) {
                hash = identity.hash(properties.demoPassword());
            }
            String organisationName = node.get("organisation").asString();
            var organisation = directory.organisationNamed(organisationName).orElseThrow(() ->
                    new IllegalStateException("Demonstration account " + username + " names an unknown organisation"));
            Set<Role> roles = EnumSet.noneOf(Role.class);
            node.get("roles").forEach(role -> roles.add(Role.valueOf(role.asString())));
            UUID person = node.hasNonNull("person") ? directory.allPeopleUncheckedForDemoLoaders().stream()
                    .filter(candidate -> candidate.name().equals(node.get("person").asString()))
                    .map(candidate -> candidate.id()).findFirst().orElseThrow(() -> new IllegalStateException(
                            "Demonstration account " + username + " names an unknown person")) : null;
            identity.createDemonstrationUser(username, node.get("displayName").asString(), null, organisation.id(),
                    roles, hash, person);
        }
    }
}
