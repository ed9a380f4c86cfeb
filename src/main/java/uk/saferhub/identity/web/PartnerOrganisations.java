package uk.saferhub.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationSummary;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.web.Option;

/** The organisations an administrator looks after (theirs and those sharing with it), for selects and tables. */
@Component
class PartnerOrganisations {

    private final Directory directory;

    PartnerOrganisations(Directory directory) {
        this.directory = directory;
    }

    List<Option> optionsFor(Actor administrator) {
        return directory.allOrganisations().stream()
                .filter(organisation -> administrator.sharesWith(organisation.id()))
                .map(organisation -> Option.of(organisation.id(), organisation.name()))
                .toList();
    }

    Map<UUID, String> names() {
        return directory.allOrganisations().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
    }
}
