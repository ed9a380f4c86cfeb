package uk.saferhub.documents;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.HandlingLevel;

/** What an editor says about a document when registering or revising it (not its content or status). */
public record DocumentDetails(DocumentType type, String title, String summary, UUID owningOrganisationId,
        HandlingLevel handlingLevel, BodyId approvingBodyId, UUID parentId, UUID supersedesId,
        Integer reviewPeriodMonths, Set<UUID> parties, List<UUID> owners) {

    public DocumentDetails {
        parties = parties == null ? Set.of() : Set.copyOf(parties);
        owners = owners == null ? List.of() : List.copyOf(owners);
    }
}
