package uk.saferhub.identity.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

import uk.saferhub.identity.ApiKey;

public interface ApiKeyRepository extends ListCrudRepository<ApiKey, UUID> {
}
