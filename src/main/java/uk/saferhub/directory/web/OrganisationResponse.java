package uk.saferhub.directory.web;

import java.util.UUID;

import uk.saferhub.directory.Organisation;
import uk.saferhub.directory.OrganisationListing;
import uk.saferhub.directory.OrganisationType;

/** An organisation in the API. */
public record OrganisationResponse(UUID id, String name, String shortName, OrganisationType type, String typeLabel,
        UUID parentId, String website, String phone, String email) {

    static OrganisationResponse of(OrganisationListing organisation) {
        return new OrganisationResponse(organisation.id(), organisation.name(), organisation.shortName(),
                organisation.type(), organisation.type().label(), organisation.parentId(), organisation.website(),
                organisation.phone(), organisation.email());
    }

    static OrganisationResponse of(Organisation organisation) {
        return new OrganisationResponse(organisation.id(), organisation.name(), organisation.shortName(),
                organisation.type(), organisation.type().label(), organisation.parentId(), organisation.website(),
                organisation.phone(), organisation.email());
    }
}
