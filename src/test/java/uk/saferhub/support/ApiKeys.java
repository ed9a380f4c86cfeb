package uk.saferhub.support;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.saferhub.identity.Identity;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.Role;

/**
 * Real API keys for tests, issued through {@link Identity} by a demonstration administrator for their own
 * organisation and sent as {@code Authorization: Bearer shk_...}. Keys are issued once per administrator and roles.
 */
@Component
public class ApiKeys {

    private final Identity identity;
    private final DemoUsers users;
    private final Map<String, String> issued = new ConcurrentHashMap<>();

    ApiKeys(Identity identity, DemoUsers users) {
        this.identity = identity;
        this.users = users;
    }

    /** A key of the administrator's organisation holding exactly these roles, e.g. {@code of("admin", READER)}. */
    public RequestPostProcessor of(String administrator, Role... roles) {
        return bearer(plainKey(administrator, roles));
    }

    /** The whole key, for a client other than MockMvc. */
    public String plainKey(String administrator, Role... roles) {
        String cacheKey = administrator + Arrays.toString(roles);
        return issued.computeIfAbsent(cacheKey, ignored -> {
            Actor admin = users.actor(administrator);
            return identity.issueApiKey(admin, "Test key " + UUID.randomUUID(), admin.organisationId(),
                    Set.of(roles)).plainKey();
        });
    }

    /** Sends the given key the way an API client does. */
    public static RequestPostProcessor bearer(String plainKey) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + plainKey);
            return request;
        };
    }
}
