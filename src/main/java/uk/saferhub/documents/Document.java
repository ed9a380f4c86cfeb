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
        return standing(next, nextReviewOn, inForceFrom, publishedAt, now);
    }

    /** Approved at a decision on the given day: the next review follows from the review period, when there is one. */
    Document approved(DocumentStatus next, LocalDate decidedOn, Instant now) {
        LocalDate review = reviewPeriodMonths == null ? nextReviewOn : decidedOn.plusMonths(reviewPeriodMonths);
        return standing(next, review, inForceFrom, publishedAt, now);
    }

    Document inForce(DocumentStatus next, LocalDate from, Instant now) {
        return standing(next, nextReviewOn, from, publishedAt, now);
    }

    /** Reviewed on a day: no change restarts the review period; a withdrawal leaves the public pages. */
    Document reviewed(DocumentStatus next, ReviewOutcome outcome, LocalDate on, Instant now) {
        LocalDate review = outcome == ReviewOutcome.NO_CHANGE && reviewPeriodMonths != null
                ? on.plusMonths(reviewPeriodMonths) : nextReviewOn;
        return standing(next, review, inForceFrom, next == DocumentStatus.WITHDRAWN ? null : publishedAt, now);
    }

    Document withdrawn(DocumentStatus next, Instant now) {
        return standing(next, nextReviewOn, inForceFrom, null, now);
    }

    Document publishedAt(Instant at, Instant now) {
        return standing(status, nextReviewOn, inForceFrom, at, now);
    }

    private Document standing(DocumentStatus next, LocalDate review, LocalDate from, Instant published,
            Instant now) {
        return new Document(id, type, title, summary, owningOrganisationId, handlingLevel, approvingBodyId, next,
                parentId, supersedesId, reviewPeriodMonths, review, from, published, parties, owners, createdAt, now);
    }

    @Override
    public Set<UUID> sharedWith() {
        return parties;
    }

    /** A PUBLIC document reaches the public only while it is published and not withdrawn. */
    @Override
    public boolean withheldFromThePublic() {
        return !published() || status == DocumentStatus.WITHDRAWN;
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
