package uk.saferhub.documents.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.saferhub.documents.Approval;
import uk.saferhub.documents.Circulation;
import uk.saferhub.documents.DocumentVersion;
import uk.saferhub.documents.DocumentView;

/**
 * The document control block of seed 001, kept by SaferHub rather than typed: the version and when it was written,
 * every circulation up to that version, the approval, the date of next review and the owner.
 */
public final class ControlBlock {

    private ControlBlock() {
    }

    /** The rows for one version of the document, in the seed's order. */
    public static List<ControlRow> rows(DocumentView view, DocumentVersion shown) {
        List<ControlRow> rows = new ArrayList<>();
        Approval approval = view.approvals().stream()
                .filter(a -> a.versionId().equals(shown.id()) || a.draftVersionId().equals(shown.id()))
                .findFirst().orElse(null);
        rows.add(new ControlRow(shown.label(), shown.approved() && approval != null
                ? DisplayDates.day(approval.decidedOn())
                : DisplayDates.month(LocalDate.ofInstant(shown.createdAt(), DisplayDates.LONDON))));
        for (Circulation circulation : view.circulations()) {
            if (!after(circulation.versionLabel(), shown)) {
                rows.add(new ControlRow("Draft to " + circulation.recipientsLabel(),
                        DisplayDates.of(circulation.sentOn(), circulation.monthOnly())));
            }
        }
        String body = view.approvingBodyName() == null ? "" : " " + view.approvingBodyName();
        rows.add(new ControlRow("Approved by" + body, approval == null ? "" : approval.delegatedTo() == null
                ? DisplayDates.day(approval.decidedOn())
                : DisplayDates.day(approval.decidedOn()) + " (delegated decision: " + approval.delegatedTo() + ")"));
        rows.add(new ControlRow("Date of Next Review", DisplayDates.day(view.document().nextReviewOn())));
        rows.add(new ControlRow("Document Owner", view.ownerLine()));
        return rows;
    }

    /** Whether a circulated version (by its label, "Draft 1.1") comes after the version shown. */
    private static boolean after(String circulatedLabel, DocumentVersion shown) {
        String[] number = circulatedLabel.substring(circulatedLabel.lastIndexOf(' ') + 1).split("\\.");
        int major = Integer.parseInt(number[0]);
        int minor = Integer.parseInt(number[1]);
        return major > shown.major() || major == shown.major() && minor > shown.minor();
    }

    /** Names as the control block lists them: "Police, Environmental Services &amp; Community Safety". */
    public static String joined(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " & " + names.getLast();
    }
}
