package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import uk.saferhub.documents.Approval;
import uk.saferhub.documents.Circulation;
import uk.saferhub.documents.CirculationPurpose;
import uk.saferhub.documents.Document;
import uk.saferhub.documents.DocumentStep;
import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;
import uk.saferhub.documents.Review;
import uk.saferhub.documents.ReviewOutcome;
import uk.saferhub.documents.internal.DisplayDates;
import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.web.DisplayTime;

/**
 * What a document's page shows, worked out from the {@link DocumentView} the documents service cut for the viewer:
 * the current version rendered with its control block, the version history, circulations, approvals and reviews
 * as table rows, and the steps the viewer may take as links.
 */
record DocumentPage(DocumentView view, RenderedVersion rendered, boolean reviewOverdue, String publishedOn, List<VersionRow> versions, List<CirculationRow> circulations, List<ApprovalRow> approvals,
        List<ReviewRow> reviews, boolean editDraft, boolean editDetails, List<StepLink> steps) {

    /** A line of the version history. */
    record VersionRow(String label, String number, String date, String writtenBy, String changeNote,
            boolean shown) {
    }

    /** A circulation: the version sent, to whom, why, when and when comments close. */
    record CirculationRow(String version, String to, CirculationPurpose purpose, String sent, String closes) {
    }

    /**
     * An approval: the version it made, the body, the date and how it was decided; {@code meetingId} only when the
     * reader may open that meeting's page.
     */
    record ApprovalRow(String version, String approvedDraft, String body, String decided, UUID meetingId,
            String delegatedTo) {
    }

    /** A recorded review. */
    record ReviewRow(String due, String reviewed, ReviewOutcome outcome, String note, String recordedBy) {
    }

    /** A link to a step another page takes, its words the message {@code key}. */
    record StepLink(String key, String href) {
    }

    static DocumentPage of(DocumentView view, LocalDate today, Predicate<UUID> maySeeMeeting) {
        Document document = view.document();
        RenderedVersion rendered = view.current() == null ? null : RenderedVersion.of(view, view.current());
        Map<UUID, String> labels = new HashMap<>();
        view.versions().forEach(v -> labels.put(v.id(), v.shortLabel()));
        List<VersionRow> versions = new ArrayList<>();
        for (DocumentVersion v : view.versions().reversed()) {
            versions.add(new VersionRow(v.shortLabel(), v.number(), DisplayTime.dateOf(v.updatedAt()), v.writtenBy(),
                    v.changeNote(), view.current() != null && v.id().equals(view.current().id())));
        }
        List<CirculationRow> circulations = view.circulations().stream().map(DocumentPage::row).toList();
        List<ApprovalRow> approvals = view.approvals().stream().map(a -> row(a, labels, maySeeMeeting)).toList();
        List<ReviewRow> reviews = view.reviews().reversed().stream().map(DocumentPage::row).toList();
        String base = "/documents/" + document.id();
        String publishedOn = document.published() ? DisplayTime.dateOf(document.publishedAt()) : null;
        return new DocumentPage(view, rendered, document.reviewOverdue(today), publishedOn, versions, circulations, approvals, reviews, view.allows(DocumentStep.EDIT_DRAFT),
                view.canManage() && !document.status().ended(), steps(view, base));
    }

    private static List<StepLink> steps(DocumentView view, String base) {
        List<StepLink> links = new ArrayList<>();
        if (view.allows(DocumentStep.CONSULT) || view.allows(DocumentStep.CIRCULATE)) {
            links.add(new StepLink("documents.document.step.circulate", base + "/circulate"));
        }
        if (view.canSeeDrafts() && !view.circulations().isEmpty()) {
            links.add(new StepLink("documents.document.step.consultation", base + "/consultation"));
        }
        if (view.allows(DocumentStep.APPROVE)) {
            links.add(new StepLink("documents.document.step.approve", base + "/approve"));
        }
        if (view.allows(DocumentStep.BRING_INTO_FORCE)) {
            links.add(new StepLink("documents.document.step.inForce", base + "/in-force"));
        }
        if (view.allows(DocumentStep.RECORD_REVIEW)) {
            links.add(new StepLink("documents.document.step.review", base + "/review"));
        }
        if (view.allows(DocumentStep.PUBLISH) && view.document().handlingLevel() == HandlingLevel.PUBLIC) {
            links.add(new StepLink(view.document().published() ? "documents.document.step.takeOff"
                    : "documents.document.step.publish", base + "/publish"));
        }
        if (view.allows(DocumentStep.WITHDRAW)) {
            links.add(new StepLink("documents.document.step.withdraw", base + "/withdraw"));
        }
        return links;
    }

    private static CirculationRow row(Circulation c) {
        return new CirculationRow(c.versionLabel(), c.recipientsLabel(), c.purpose(),
                DisplayDates.of(c.sentOn(), c.monthOnly()), c.closesOn() == null ? "" : DisplayDates.day(c.closesOn()));
    }

    private static ApprovalRow row(Approval a, Map<UUID, String> labels, Predicate<UUID> maySeeMeeting) {
        UUID meeting = a.meetingId() != null && maySeeMeeting.test(a.meetingId()) ? a.meetingId() : null;
        return new ApprovalRow(labels.getOrDefault(a.versionId(), ""), labels.get(a.draftVersionId()), a.bodyName(),
                DisplayDates.day(a.decidedOn()), meeting, a.delegatedTo());
    }

    private static ReviewRow row(Review r) {
        return new ReviewRow(r.dueOn() == null ? "" : DisplayDates.day(r.dueOn()), DisplayDates.day(r.reviewedOn()),
                r.outcome(), r.note(), r.recordedBy());
    }
}
