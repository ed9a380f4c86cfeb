package uk.saferhub.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.saferhub.partnership.BodyId;

/**
 * The order of the Act as a state machine: every step in every state, allowed or refused with its reason, the
 * Panel's review time, and dates that run backwards or into the future.
 */
class VariationRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2014, 12, 1);
    private static final BodyId PANEL = BodyId.of(UUID.randomUUID());
    private static final PanelTiming UNTIMED = PanelTiming.none(PANEL);

    private static final Map<VariationStatus, Set<VariationStep>> ALLOWED = new EnumMap<>(Map.of(
            VariationStatus.DRAFT, EnumSet.of(VariationStep.EDIT, VariationStep.CONSULT, VariationStep.BOARD_PAPER,
                    VariationStep.WITHDRAW),
            VariationStatus.CONSULTED, EnumSet.of(VariationStep.EDIT, VariationStep.CONSULT,
                    VariationStep.BOARD_PAPER, VariationStep.SEND, VariationStep.WITHDRAW),
            VariationStatus.SENT, EnumSet.of(VariationStep.SCHEDULE_REVIEW, VariationStep.REPORT,
                    VariationStep.WITHDRAW),
            VariationStatus.REVIEW_SCHEDULED, EnumSet.of(VariationStep.SCHEDULE_REVIEW, VariationStep.REPORT,
                    VariationStep.WITHDRAW),
            VariationStatus.REPORTED, EnumSet.of(VariationStep.RESPOND, VariationStep.WITHDRAW),
            VariationStatus.RESPONDED, EnumSet.of(VariationStep.RESPOND, VariationStep.PUBLISH,
                    VariationStep.WITHDRAW),
            VariationStatus.PUBLISHED, EnumSet.of(VariationStep.ISSUE, VariationStep.WITHDRAW),
            VariationStatus.ISSUED, EnumSet.noneOf(VariationStep.class),
            VariationStatus.WITHDRAWN, EnumSet.noneOf(VariationStep.class)));

    @Test
    void everyStepInEveryStateIsAllowedOrRefusedWithAReason() {
        for (VariationStatus status : VariationStatus.values()) {
            Variation draft = draft(status, List.of(answered()));
            for (VariationStep step : VariationStep.values()) {
                boolean allowed = ALLOWED.get(status).contains(step);
                if (allowed) {
                    VariationRules.check(draft, step, null, TODAY, UNTIMED);
                } else {
                    assertThatThrownBy(() -> VariationRules.check(draft, step, null, TODAY, UNTIMED))
                            .as("%s when %s", step, status).isInstanceOf(PlansChangeRefused.class)
                            .satisfies(e -> assertThat(((PlansChangeRefused) e).key()).startsWith("plans."));
                }
            }
            assertThat(VariationRules.open(draft, TODAY, UNTIMED)).as("open when %s", status)
                    .containsExactlyInAnyOrderElementsOf(ALLOWED.get(status));
        }
    }

    @Test
    void theReasonsSayWhatMustComeFirst() {
        assertThat(refusal(draft(VariationStatus.DRAFT, List.of()), VariationStep.SEND))
                .isEqualTo("plans.step.send.notConsulted");
        assertThat(refusal(draft(VariationStatus.CONSULTED, List.of()), VariationStep.REPORT))
                .isEqualTo("plans.step.report.notSent");
        assertThat(refusal(draft(VariationStatus.SENT, List.of()), VariationStep.ISSUE))
                .isEqualTo("plans.step.issue.awaitingReport");
        assertThat(refusal(draft(VariationStatus.REPORTED, List.of()), VariationStep.PUBLISH))
                .isEqualTo("plans.step.publish.unanswered");
        assertThat(refusal(draft(VariationStatus.RESPONDED, List.of()), VariationStep.ISSUE))
                .isEqualTo("plans.step.issue.unpublished");
        assertThat(refusal(draft(VariationStatus.SENT, List.of()), VariationStep.EDIT))
                .isEqualTo("plans.step.afterSending");
        assertThat(refusal(draft(VariationStatus.ISSUED, List.of()), VariationStep.WITHDRAW))
                .isEqualTo("plans.step.closed.issued");
    }

    @Test
    void noPublicationWithoutAResponseToEveryRecommendation() {
        Recommendation open = new Recommendation(UUID.randomUUID(), 2, "That ...", null, null);
        Variation draft = draft(VariationStatus.RESPONDED, List.of(answered(), open));
        assertThat(refusal(draft, VariationStep.PUBLISH)).isEqualTo("plans.step.publish.unanswered");
        Recommendation noReasons = new Recommendation(UUID.randomUUID(), 2, "That ...", ResponseKind.ACCEPTED, " ");
        assertThat(refusal(draft(VariationStatus.RESPONDED, List.of(noReasons)), VariationStep.PUBLISH))
                .isEqualTo("plans.step.publish.unanswered");
    }

    @Test
    void theCommissionerMayIssueOnceThePanelsTimeHasPassedWithoutAReport() {
        PanelTiming month = new PanelTiming(PANEL, 30, 14, 7, null);
        Variation waiting = draft(VariationStatus.SENT, List.of(), TODAY.minusDays(10));
        assertThatThrownBy(() -> VariationRules.check(waiting, VariationStep.ISSUE, TODAY, TODAY, month))
                .isInstanceOf(PlansChangeRefused.class)
                .satisfies(e -> {
                    assertThat(((PlansChangeRefused) e).key()).isEqualTo("plans.step.issue.awaitingReportUntil");
                    assertThat(((PlansChangeRefused) e).arguments()).containsExactly(TODAY.plusDays(20));
                });
        Variation lapsed = draft(VariationStatus.REVIEW_SCHEDULED, List.of(), TODAY.minusDays(31));
        VariationRules.check(lapsed, VariationStep.ISSUE, TODAY, TODAY, month);
        assertThat(VariationRules.reportDue(lapsed, month)).contains(TODAY.minusDays(1));
        // Issued on the day the report was still due is refused: the time has not passed then.
        assertThat(refusal(lapsed, VariationStep.ISSUE, TODAY.minusDays(1), month))
                .isEqualTo("plans.step.date.beforeReportDue");
        // With no time set, only a report and a published response let the Plan be issued.
        assertThat(refusal(lapsed, VariationStep.ISSUE, TODAY, UNTIMED)).isEqualTo("plans.step.issue.awaitingReport");
    }

    @Test
    void datesFollowOneAnotherAndAreNeverInTheFuture() {
        Variation consulted = draft(VariationStatus.CONSULTED, List.of(), null);
        assertThat(refusal(consulted, VariationStep.SEND, TODAY.plusDays(1), UNTIMED))
                .isEqualTo("plans.step.date.future");
        assertThat(refusal(consulted, VariationStep.SEND, consulted.consultedOn().minusDays(1), UNTIMED))
                .isEqualTo("plans.step.date.beforeConsulted");
        VariationRules.check(consulted, VariationStep.SEND, consulted.consultedOn(), TODAY, UNTIMED);
        Variation sent = draft(VariationStatus.SENT, List.of(), TODAY.minusDays(5));
        assertThat(refusal(sent, VariationStep.REPORT, TODAY.minusDays(6), UNTIMED))
                .isEqualTo("plans.step.date.beforeSent");
    }

    private static String refusal(Variation draft, VariationStep step) {
        return refusal(draft, step, null, UNTIMED);
    }

    private static String refusal(Variation draft, VariationStep step, LocalDate on, PanelTiming timing) {
        try {
            VariationRules.check(draft, step, on, TODAY, timing);
        } catch (PlansChangeRefused refused) {
            return refused.key();
        }
        return "allowed";
    }

    private static Recommendation answered() {
        return new Recommendation(UUID.randomUUID(), 1, "That the local contact points are advertised.",
                ResponseKind.ACCEPTED, "They will be held on a regular, advertised basis.");
    }

    private static Variation draft(VariationStatus status, List<Recommendation> recommendations) {
        return draft(status, recommendations, TODAY.minusDays(20));
    }

    /** A draft in the state, with each step's date up to it filled in, a day apart from {@code sentOn}. */
    private static Variation draft(VariationStatus status, List<Recommendation> recommendations, LocalDate sentOn) {
        LocalDate sent = sentOn == null ? TODAY.minusDays(20) : sentOn;
        boolean past = status.ordinal() >= VariationStatus.SENT.ordinal() && status != VariationStatus.WITHDRAWN;
        boolean reported = status.ordinal() >= VariationStatus.REPORTED.ordinal()
                && status != VariationStatus.WITHDRAWN;
        boolean responded = status.ordinal() >= VariationStatus.RESPONDED.ordinal()
                && status != VariationStatus.WITHDRAWN;
        boolean published = status.published();
        return new Variation(UUID.randomUUID(), UUID.randomUUID(), "Cambridgeshire Police and Crime Plan",
                UUID.randomUUID(), UUID.randomUUID(), PANEL, VariationKind.VARIATION,
                "Variation of Objective 1", "Operational developments", List.of(), status, sent.minusDays(10),
                "Consulted", null, null, null, past ? sent : null, null, null, reported ? sent.plusDays(1) : null,
                reported ? "The Panel reviewed the draft" : null, false, responded ? sent.plusDays(2) : null,
                responded ? "Response" : null, published ? sent.plusDays(3) : null, null, null, null,
                recommendations, Set.of(), 0);
    }
}
