package uk.saferhub.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * A document in the register: what it is, who is party to it, who owns it, which body approves it, where it stands
 * and when it is next reviewed. Its parties see it as PARTNERSHIP records are seen, besides the owner's partners.
 */
public record Document(UUID id, DocumentType type, String title, String summary, UUID owningOrganisationId,
        HandlingLevel handlingLevel, BodyId approvingBodyId, DocumentStatus status, UUID parentId, UUID supersedesId,
        Integer reviewPeriodMonths, LocalDate nextReviewOn, LocalDate inForceFrom, Instant publishedAt,
        Set<UUID> parties, List<UUID> owners, Instant createdAt, Instant updatedAt) implements Restricted {

    public Document {
        parties = parties == null ? Set.of() : Set.copyOf(parties);
        owners = owners == null ? List.of() : List.copyOf(owners);
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** Whether the organisation is the owner or one of the parties. */
    public boolean party(UUID organisationId) {
        return owningOrganisationId.equals(organisationId) || parties.contains(organisationId);
    }

    /** Whether the review date has passed while the document still stands. */
    public boolean reviewOverdue(LocalDate today) {
        return nextReviewOn != null && nextReviewOn.isBefore(today) && !status.ended();
    }

    Document withStatus(DocumentStatus next, Instant now) {
        return new Document(id, type, title, summary, owningOrganisationId, handlingLevel, approvingBodyId, next,
                parentId, supersedesId, reviewPeriodMonths, nextReviewOn, inForceFrom, publishedAt, parties, owners,
                createdAt, now);
    }

    @Override
    public Set<UUID> sharedWith() {
        return parties;
    }

    @Override
    public String recordType() {
        return "document";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
