package uk.saferhub.directory.web;

import java.util.UUID;

import uk.saferhub.directory.Organisation;
import uk.saferhub.directory.OrganisationListing;
import uk.saferhub.directory.OrganisationType;
import uk.saferhub.shared.web.PageWords;

/** An organisation in the API; {@code typeLabel} is the type's name in the messages, as the pages show it. */
public record OrganisationResponse(UUID id, String name, String shortName, OrganisationType type, String typeLabel,
        UUID parentId, String website, String phone, String email) {

    static OrganisationResponse of(OrganisationListing organisation, PageWords words) {
        return new OrganisationResponse(organisation.id(), organisation.name(), organisation.shortName(),
                organisation.type(), words.label(OrganisationPagesController.TYPE, organisation.type()), organisation.parentId(), organisation.website(),
                organisation.phone(), organisation.email());
    }

    static OrganisationResponse of(Organisation organisation, PageWords words) {
        return new OrganisationResponse(organisation.id(), organisation.name(), organisation.shortName(),
                organisation.type(), words.label(OrganisationPagesController.TYPE, organisation.type()), organisation.parentId(), organisation.website(),
                organisation.phone(), organisation.email());
    }
}
