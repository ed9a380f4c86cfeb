package uk.saferhub.directory.internal;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

import uk.saferhub.directory.Person;

public interface PersonRepository extends ListCrudRepository<Person, UUID> {
}
