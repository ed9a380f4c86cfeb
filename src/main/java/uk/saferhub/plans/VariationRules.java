package uk.saferhub.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The order of the Act, as a state machine: which step a draft may take in each state, refusing any other with the
 * reason. Before issuing or varying the Plan the Commissioner must consult the Chief Constable and send the draft to
 * the Panel (s.5(6)); the Panel reviews it and makes a report or recommendations (s.28(3)); the Commissioner must have
 * regard to them, give the Panel a response and publish it (s.5(6)(c)–(e)). So nothing is sent before the
 * consultation; no report before the draft is sent; no publication before a response to the report and to every
 * recommendation; no issue before the response is published or, where the Panel sets a time for its review, that
 * time has passed without a report. Dates follow one another and are never in the future.
 */
public final class VariationRules {

    private static final Set<VariationStatus> BEFORE_SENDING = EnumSet.of(VariationStatus.DRAFT,
            VariationStatus.CONSULTED);
    private static final Set<VariationStatus> AWAITING_REPORT = EnumSet.of(VariationStatus.SENT,
            VariationStatus.REVIEW_SCHEDULED);

    private VariationRules() {
    }

    /**
     * Refuses the step, taken on {@code on} (null when the step has no date), when the draft may not take it now.
     * Issuing without a published response is allowed only once the Panel's review time has passed with no report.
     */
    public static void check(Variation draft, VariationStep step, LocalDate on, LocalDate today, PanelTiming timing) {
        VariationStatus status = draft.status();
        if (status == VariationStatus.ISSUED || status == VariationStatus.WITHDRAWN) {
            throw new PlansChangeRefused(null, "plans.step.closed." + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (on != null && on.isAfter(today)) {
            throw new PlansChangeRefused("on", "plans.step.date.future");
        }
        switch (step) {
            case EDIT, BOARD_PAPER -> {
                if (!BEFORE_SENDING.contains(status)) {
                    throw new PlansChangeRefused(null, "plans.step.afterSending");
                }
            }
            case CONSULT -> {
                if (!BEFORE_SENDING.contains(status)) {
                    throw new PlansChangeRefused(null, "plans.step.afterSending");
                }
            }
            case SEND -> {
                if (status == VariationStatus.DRAFT) {
                    throw new PlansChangeRefused(null, "plans.step.send.notConsulted");
                }
                if (status != VariationStatus.CONSULTED) {
                    throw new PlansChangeRefused(null, "plans.step.send.already");
                }
                notBefore(on, draft.consultedOn(), "plans.step.date.beforeConsulted");
            }
            case SCHEDULE_REVIEW -> {
                if (BEFORE_SENDING.contains(status)) {
                    throw new PlansChangeRefused(null, "plans.step.review.notSent");
                }
                if (!AWAITING_REPORT.contains(status)) {
                    throw new PlansChangeRefused(null, "plans.step.review.reported");
                }
                notBefore(on, draft.sentOn(), "plans.step.date.beforeSent");
            }
            case REPORT -> {
                if (BEFORE_SENDING.contains(status)) {
                    throw new PlansChangeRefused(null, "plans.step.report.notSent");
                }
                if (!AWAITING_REPORT.contains(status)) {
                    throw new PlansChangeRefused(null, "plans.step.report.already");
                }
                notBefore(on, draft.sentOn(), "plans.step.date.beforeSent");
            }
            case RESPOND -> {
                if (status != VariationStatus.REPORTED && status != VariationStatus.RESPONDED) {
                    throw new PlansChangeRefused(null, status.ordinal() < VariationStatus.REPORTED.ordinal()
                            ? "plans.step.respond.noReport" : "plans.step.respond.published");
                }
                notBefore(on, draft.reportedOn(), "plans.step.date.beforeReported");
            }
            case PUBLISH -> {
                if (status == VariationStatus.REPORTED
                        || status == VariationStatus.RESPONDED && !draft.everyRecommendationAnswered()) {
                    throw new PlansChangeRefused(null, "plans.step.publish.unanswered");
                }
                if (status != VariationStatus.RESPONDED) {
                    throw new PlansChangeRefused(null, status == VariationStatus.PUBLISHED
                            ? "plans.step.publish.already" : "plans.step.publish.noResponse");
                }
                notBefore(on, draft.respondedOn(), "plans.step.date.beforeResponded");
            }
            case ISSUE -> {
                if (status == VariationStatus.PUBLISHED) {
                    notBefore(on, draft.publishedOn(), "plans.step.date.beforePublished");
                    return;
                }
                Optional<LocalDate> due = reportDue(draft, timing);
                if (AWAITING_REPORT.contains(status) && due.isPresent() && today.isAfter(due.get())) {
                    notBefore(on, due.get().plusDays(1), "plans.step.date.beforeReportDue");
                    return;
                }
                if (AWAITING_REPORT.contains(status)) {
                    throw due.isPresent()
                            ? new PlansChangeRefused(null, "plans.step.issue.awaitingReportUntil", due.get())
                            : new PlansChangeRefused(null, "plans.step.issue.awaitingReport");
                }
                throw new PlansChangeRefused(null, BEFORE_SENDING.contains(status) ? "plans.step.issue.notSent"
                        : "plans.step.issue.unpublished");
            }
            case WITHDRAW -> {
                // Any draft not yet issued may be withdrawn.
            }
            default -> throw new IllegalStateException("Unknown step " + step);
        }
    }

    /** The status the draft takes once the step is made. */
    public static VariationStatus after(Variation draft, VariationStep step) {
        return switch (step) {
            case EDIT, BOARD_PAPER -> draft.status();
            case CONSULT -> VariationStatus.CONSULTED;
            case SEND -> VariationStatus.SENT;
            case SCHEDULE_REVIEW -> VariationStatus.REVIEW_SCHEDULED;
            case REPORT -> VariationStatus.REPORTED;
            case RESPOND -> VariationStatus.RESPONDED;
            case PUBLISH -> VariationStatus.PUBLISHED;
            case ISSUE -> VariationStatus.ISSUED;
            case WITHDRAW -> VariationStatus.WITHDRAWN;
        };
    }

    /** The steps the draft may take today, in the order of the Act. */
    public static List<VariationStep> open(Variation draft, LocalDate today, PanelTiming timing) {
        List<VariationStep> open = new ArrayList<>();
        for (VariationStep step : VariationStep.values()) {
            try {
                check(draft, step, null, today, timing);
                open.add(step);
            } catch (PlansChangeRefused refused) {
                // not open now
            }
        }
        return open;
    }

    /** When the Panel's report falls due: the day sent plus the Panel's review time, when it sets one. */
    public static Optional<LocalDate> reportDue(Variation draft, PanelTiming timing) {
        return draft.sentOn() == null || timing == null || timing.reviewDays() == null ? Optional.empty()
                : Optional.of(draft.sentOn().plusDays(timing.reviewDays()));
    }

    /** When the Commissioner's response falls due: the day of the report plus the Panel's response time, if set. */
    public static Optional<LocalDate> responseDue(Variation draft, PanelTiming timing) {
        return draft.reportedOn() == null || timing == null || timing.responseDays() == null ? Optional.empty()
                : Optional.of(draft.reportedOn().plusDays(timing.responseDays()));
    }

    private static void notBefore(LocalDate on, LocalDate earlier, String key) {
        if (on != null && earlier != null && on.isBefore(earlier)) {
            throw new PlansChangeRefused("on", key, earlier);
        }
    }
}
