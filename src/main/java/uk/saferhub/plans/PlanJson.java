package uk.saferhub.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Plans and drafts as the API and the open data write them, the same signed in and in public: what each record
 * holds and its steps, never who drafted it.
 */
public final class PlanJson {

    private PlanJson() {
    }

    public record PlanSummary(UUID id, String title, String term, String commissioner, LocalDate deadline,
            Integer currentVersion, LocalDate currentIssuedOn, String href) {
    }

    public record PlanDetail(UUID id, String title, String term, String commissioner, LocalDate deadline,
            Boolean firstIssuedInTime, List<VersionDetail> versions) {
    }

    public record VersionDetail(int number, LocalDate issuedOn, UUID variationId, String summary,
            List<Objective> objectives) {
    }

    public record VariationSummary(UUID id, UUID planId, String planTitle, VariationKind kind, String title,
            VariationStatus status, String href) {
    }

    public record VariationDetail(UUID id, UUID planId, String planTitle, VariationKind kind, String title,
            String reason, VariationStatus status, List<Objective> objectives, Steps steps,
            List<RecommendationDetail> recommendations, int version) {
    }

    /** Each step of the Act as recorded (a step not yet taken is null). */
    public record Steps(Consultation consulted, BoardPaper boardPaper, LocalDate sentToPanel, Review review,
            PanelReport panelReport, Response response, Publication published, Issue issued) {
    }

    public record Consultation(LocalDate on, String response) {
    }

    public record BoardPaper(String board, LocalDate on, String note) {
    }

    public record Review(UUID meetingId, Integer agendaItem) {
    }

    public record PanelReport(LocalDate on, String report) {
    }

    public record Response(LocalDate on, String text) {
    }

    public record Publication(LocalDate on, String at) {
    }

    public record Issue(LocalDate on, Integer version, boolean withoutPanelReport) {
    }

    public record RecommendationDetail(UUID id, int number, String text, ResponseKind response, String reasons) {
    }

    public static PlanSummary summary(Plan plan, String hrefBase) {
        return new PlanSummary(plan.id(), plan.title(), plan.term(), plan.commissioner(), plan.deadline(),
                plan.current().map(PlanVersion::number).orElse(null),
                plan.current().map(PlanVersion::issuedOn).orElse(null), hrefBase + plan.id());
    }

    public static PlanDetail detail(Plan plan) {
        return new PlanDetail(plan.id(), plan.title(), plan.term(), plan.commissioner(), plan.deadline(),
                plan.issuedInTime().orElse(null), plan.versions().stream().map(v -> new VersionDetail(v.number(),
                        v.issuedOn(), v.variationId(), v.summary(), v.objectives())).toList());
    }

    public static VariationSummary summary(Variation draft, String hrefBase) {
        return new VariationSummary(draft.id(), draft.planId(), draft.planTitle(), draft.kind(), draft.title(),
                draft.status(), hrefBase + draft.id());
    }

    public static VariationDetail detail(Variation d) {
        Steps steps = new Steps(
                d.consultedOn() == null ? null : new Consultation(d.consultedOn(), d.consultationResponse()),
                d.boardOn() == null ? null : new BoardPaper(d.boardName(), d.boardOn(), d.boardNote()),
                d.sentOn(),
                d.reviewMeetingId() == null ? null : new Review(d.reviewMeetingId(), d.reviewItemNumber()),
                d.reportedOn() == null ? null : new PanelReport(d.reportedOn(), d.panelReport()),
                d.respondedOn() == null ? null : new Response(d.respondedOn(), d.response()),
                d.publishedOn() == null ? null : new Publication(d.publishedOn(), d.publishedAt()),
                d.issuedOn() == null ? null : new Issue(d.issuedOn(), d.issuedVersion(), d.noReport()));
        return new VariationDetail(d.id(), d.planId(), d.planTitle(), d.kind(), d.title(), d.reason(), d.status(),
                d.objectives(), steps, d.recommendations().stream().map(r -> new RecommendationDetail(r.id(),
                        r.number(), r.text(), r.response(), r.reasons())).toList(), d.version());
    }
}
