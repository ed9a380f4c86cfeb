package uk.saferhub.directory.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

import uk.saferhub.directory.SharingAgreement;

public interface SharingAgreementRepository extends ListCrudRepository<SharingAgreement, UUID> {

    Optional<SharingAgreement> findByName(String name);
}
