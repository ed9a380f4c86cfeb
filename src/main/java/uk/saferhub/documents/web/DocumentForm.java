package uk.saferhub.documents.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentDetails;
import uk.saferhub.documents.DocumentType;
import uk.saferhub.partnership.BodyId;
import uk.saferhub.shared.access.Actor;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.web.PlainText;

/**
 * What the register says about a document, as posted: type, title, summary, owner, parties, owners (in the order
 * the control block names them), approving body, handling level, the document it derives from or sits under, the one
 * it supersedes, the review period and, when registering, the first draft's content (checked by {@link DraftContent}).
 */
record DocumentForm(
        @NotNull(message = "{documents.details.type.required}") DocumentType type,
        @NotBlank(message = "{documents.details.title.required}") @PlainText String title,
        @PlainText(lineBreaks = true) String summary,
        UUID owningOrganisationId,
        List<UUID> parties,
        List<UUID> owners,
        UUID approvingBodyId,
        HandlingLevel handlingLevel,
        UUID parentId,
        UUID supersedesId,
        @Min(value = 1, message = "{documents.details.reviewPeriodMonths.range}")
        @Max(value = 120, message = "{documents.details.reviewPeriodMonths.range}") Integer reviewPeriodMonths,
        String content) {

    /** A new document: owned by the actor's organisation, seen by the partnership, reviewed every 12 months. */
    static DocumentForm blank(Actor actor) {
        return new DocumentForm(null, null, null, actor.organisationId(), null, null, null, HandlingLevel.PARTNERSHIP,
                null, null, 12, null);
    }

    static DocumentForm of(Document d) {
        return new DocumentForm(d.type(), d.title(), d.summary(), d.owningOrganisationId(),
                d.parties().stream().sorted(Comparator.comparing(UUID::toString)).toList(),
                new ArrayList<>(d.owners()), d.approvingBodyId() == null ? null : d.approvingBodyId().value(),
                d.handlingLevel(), d.parentId(), d.supersedesId(), d.reviewPeriodMonths(), null);
    }

    /** The details for the documents service. */
    DocumentDetails details() {
        return new DocumentDetails(type, title, summary, owningOrganisationId, handlingLevel,
                approvingBodyId == null ? null : BodyId.of(approvingBodyId), parentId, supersedesId, reviewPeriodMonths,
                parties == null ? null : new LinkedHashSet<>(parties),
                owners == null ? null : owners.stream().distinct().toList());
    }

    /** The parties and owners chosen, for keeping them on offer. */
    List<UUID> chosenOwners() {
        return owners == null ? List.of() : owners;
    }

    List<UUID> chosenParties() {
        return parties == null ? List.of() : parties;
    }
}
