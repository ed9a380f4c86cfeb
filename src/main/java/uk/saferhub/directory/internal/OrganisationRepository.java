package uk.saferhub.directory.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import uk.saferhub.directory.Organisation;

public interface OrganisationRepository extends ListCrudRepository<Organisation, UUID> {

    @Query("select * from organisation where lower(name) = lower(:name)")
    Optional<Organisation> findByNameIgnoringCase(String name);
}
