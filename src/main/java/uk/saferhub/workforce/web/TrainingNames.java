package uk.saferhub.workforce.web;

import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

import uk.saferhub.directory.Directory;
import uk.saferhub.directory.OrganisationSummary;

/** The names training pages show for organisations (an event's owner, a PCSO's force). */
@Component
class TrainingNames {

    private final Directory directory;
    private final MessageSourceAccessor text;

    TrainingNames(Directory directory, MessageSource messages) {
        this.directory = directory;
        this.text = new MessageSourceAccessor(messages);
    }

    String organisation(UUID id) {
        return id == null ? "" : directory.organisation(id).map(OrganisationSummary::name)
                .orElse(text.getMessage("workforce.organisation.gone"));
    }
}
