package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentListing;
import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.internal.ControlRow;

/**
 * A document in the API: what the register says about it and, for one document, its place in the hierarchy (only
 * the related documents the caller may see), its current version and its control block. Lists leave those out (null).
 * Its {@code typeLabel} is the type's name in the messages ({@code documents.type.<TYPE>}), as the pages show it.
 */
record DocumentResponse(UUID id, String type, String typeLabel, String title, String summary, String status,
        String statusLabel, UUID owningOrganisationId, String owner, String handlingLevel, UUID approvingBodyId,
        String approvingBody, String currentVersion, Integer reviewPeriodMonths, LocalDate nextReviewOn,
        boolean reviewOverdue, LocalDate inForceFrom, boolean published, List<UUID> partyIds, List<String> parties,
        List<UUID> ownerIds, List<String> owners, Hierarchy hierarchy, VersionResponse current,
        VersionResponse latestApproved, List<ControlRowResponse> controlBlock) {

    /** The related documents the caller may see: what it sits under or derives from, what it governs, supersessions. */
    record Hierarchy(UUID parentId, List<UUID> childIds, UUID supersedesId, List<UUID> supersededByIds) {
    }

    /** One version without its content. */
    record VersionResponse(String number, String label, boolean approved, OffsetDateTime created, String changeNote,
            String writtenBy) {

        static VersionResponse of(DocumentVersion version) {
            return version == null ? null : new VersionResponse(version.number(), version.shortLabel(),
                    version.approved(), version.createdAt().atOffset(ZoneOffset.UTC), version.changeNote(),
                    version.writtenBy());
        }
    }

    /** One row of the document control block, as seed 001 shows it. */
    record ControlRowResponse(String label, String value) {

        static List<ControlRowResponse> of(List<ControlRow> rows) {
            return rows.stream().map(row -> new ControlRowResponse(row.label(), row.value())).toList();
        }
    }

    static DocumentResponse summary(DocumentListing listing, String typeLabel) {
        Document d = listing.document();
        return new DocumentResponse(d.id(), d.type().name(), typeLabel, d.title(), d.summary(),
                d.status().name(), d.status().label(), d.owningOrganisationId(), listing.ownerName(),
                d.handlingLevel().name(), d.approvingBodyId() == null ? null : d.approvingBodyId().value(),
                listing.approvingBodyName(), listing.versionLabel(), d.reviewPeriodMonths(), d.nextReviewOn(),
                listing.reviewOverdue(), d.inForceFrom(), d.published(), null, null, null, null, null, null, null,
                null);
    }

    static DocumentResponse of(DocumentView view, String typeLabel, List<ControlRow> controlRows, LocalDate today) {
        Document d = view.document();
        Hierarchy hierarchy = new Hierarchy(view.parent() == null ? null : view.parent().id(),
                view.children().stream().map(Document::id).toList(),
                view.supersedes() == null ? null : view.supersedes().id(),
                view.supersededBy().stream().map(Document::id).toList());
        return new DocumentResponse(d.id(), d.type().name(), typeLabel, d.title(), d.summary(),
                d.status().name(), d.status().label(), d.owningOrganisationId(), view.ownerOrganisationName(),
                d.handlingLevel().name(), d.approvingBodyId() == null ? null : d.approvingBodyId().value(),
                view.approvingBodyName(), view.current() == null ? null : view.current().shortLabel(),
                d.reviewPeriodMonths(), d.nextReviewOn(), d.reviewOverdue(today), d.inForceFrom(), d.published(),
                d.parties().stream().sorted().toList(), view.partyNames(), d.owners(), view.ownerNames(), hierarchy,
                VersionResponse.of(view.current()), VersionResponse.of(view.latestApproved()),
                ControlRowResponse.of(controlRows));
    }
}
