package uk.saferhub.workforce.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationSummary;

/** The names training pages show for organisations (an event's owner, a PCSO's force). */
@Component
class TrainingNames {

    private final Directory directory;

    TrainingNames(Directory directory) {
        this.directory = directory;
    }

    String organisation(UUID id) {
        return id == null ? "" : directory.organisation(id).map(OrganisationSummary::name)
                .orElse("An organisation no longer in the directory");
    }
}
