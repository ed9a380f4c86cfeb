package uk.saferhub.documents;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.shared.access.Audience;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * A document's drafts as the access rule sees them: seen only by its parties (the owner and the party organisations)
 * and its consultees (organisations a draft was sent to, and people holding a seat today on a body it was sent to),
 * and changed only by the parties. An AGENCY document's drafts never leave the owner, whoever they were sent to.
 *
 * @param consulteeOrganisations organisations any draft was sent to
 * @param consulteePeople people holding a seat today on a body any draft was sent to
 */
record DocumentDrafts(Document document, Set<UUID> consulteeOrganisations, Set<UUID> consulteePeople)
        implements Restricted {

    @Override
    public UUID owningOrganisationId() {
        return document.owningOrganisationId();
    }

    @Override
    public HandlingLevel handlingLevel() {
        return document.handlingLevel();
    }

    @Override
    public Optional<Audience> narrowedTo() {
        if (document.handlingLevel() == HandlingLevel.AGENCY) {
            return Optional.of(new Audience(Set.of(document.owningOrganisationId()), Set.of()));
        }
        Set<UUID> organisations = new HashSet<>(document.parties());
        organisations.add(document.owningOrganisationId());
        organisations.addAll(consulteeOrganisations);
        return Optional.of(new Audience(organisations, consulteePeople));
    }

    @Override
    public Optional<Set<UUID>> changedOnlyBy() {
        return Optional.of(document.parties());
    }

    @Override
    public String recordType() {
        return "document-version";
    }

    @Override
    public String recordId() {
        return document.recordId();
    }
}
