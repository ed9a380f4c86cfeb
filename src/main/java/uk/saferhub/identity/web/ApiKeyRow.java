package uk.saferhub.identity.web;

import java.util.Map;
import java.util.UUID;

import uk.saferhub.identity.ApiKey;
import uk.saferhub.shared.web.PageWords;
import uk.saferhub.shared.web.DisplayTime;

/** An API key as the administration page lists it (never its secret, which SaferHub does not keep). */
record ApiKeyRow(UUID id, String name, String keyPrefix, String organisationName, String roles, String created,
        String lastUsed, String revoked, boolean active) {

    static ApiKeyRow of(ApiKey key, Map<UUID, String> organisationNames, PageWords words) {
        return new ApiKeyRow(key.id(), key.name(), "shk_" + key.keyPrefix(),
                organisationNames.getOrDefault(key.organisationId(), words.text("identity.unknownOrganisation")),
                words.labels("identity.role.", key.roleSet()), DisplayTime.of(key.createdAt(), ""),
                DisplayTime.of(key.lastUsedAt(), words.text("identity.never")), DisplayTime.of(key.revokedAt(), null), key.active());
    }
}
