package uk.saferhub.workforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.saferhub.shared.access.HandlingLevel;

class WorkforceSchemeCostTests {

    static final LocalDate APRIL_2011 = LocalDate.of(2011, 4, 1);

    static SchemeDetails details(String percent, String amount, int posts, String cost) {
        return new SchemeDetails("Leeds PCSOs", UUID.randomUUID(), percent == null ? null : new BigDecimal(percent),
                amount == null ? null : new BigDecimal(amount), posts, cost == null ? null : new BigDecimal(cost),
                APRIL_2011, null, null, null);
    }

    @Test
    void leedsPaying30PercentOf170PostsAt35000PaysTheEquivalentOf51Posts() {
        var scheme = FundingScheme.of(UUID.randomUUID(), details("30", null, 170, "35000"));
        assertThat(scheme.costOfPosts()).contains(new BigDecimal("5950000.00"));
        assertThat(scheme.costToFunder()).contains(new BigDecimal("1785000.00"));
        assertThat(scheme.fullPostsEquivalent()).contains(new BigDecimal("51"));
        assertThat(scheme.handlingLevel()).isEqualTo(HandlingLevel.PARTNERSHIP);
    }

    @Test
    void aShareAsAnAmountAPostCostsPostsTimesTheAmountAndGivesItsPercentageWhenThePostCostIsKnown() {
        var scheme = FundingScheme.of(UUID.randomUUID(), details(null, "12000", 10, "40000"));
        assertThat(scheme.costToFunder()).contains(new BigDecimal("120000.00"));
        assertThat(scheme.effectiveSharePercent()).contains(new BigDecimal("30"));
        var unknownPostCost = FundingScheme.of(UUID.randomUUID(), details(null, "12000", 10, null));
        assertThat(unknownPostCost.costToFunder()).contains(new BigDecimal("120000.00"));
        assertThat(unknownPostCost.effectiveSharePercent()).isEmpty();
    }

    @Test
    void theCostIsUnknownWhenTheShareIsAPercentageAndNoPostCostIsRecorded() {
        var scheme = FundingScheme.of(UUID.randomUUID(), details("30", null, 170, null));
        assertThat(scheme.costToFunder()).isEmpty();
        var view = new FunderView(UUID.randomUUID(), "Leeds City Council", List.of(new FundedScheme(scheme, List.of()),
                new FundedScheme(FundingScheme.of(UUID.randomUUID(), details("50", null, 2, "30000")), List.of())));
        assertThat(view.postsFunded()).isEqualTo(172);
        assertThat(view.knownCost()).isEqualByComparingTo("30000");
        assertThat(view.someCostUnknown()).isTrue();
    }

    @Test
    void eachBadShareOrPeriodIsRefusedAtItsField() {
        assertRefused(details("100.01", null, 1, null), "sharePercent");
        assertRefused(details("0", null, 1, null), "sharePercent");
        assertRefused(details(null, null, 1, null), "sharePercent");
        assertRefused(details("30", "100", 1, null), "sharePercent");
        assertRefused(details(null, "50000", 1, "40000"), "shareAmount");
        assertRefused(details("30", null, -1, null), "posts");
        assertRefused(details("30", null, 1, "-5"), "costPerPost");
        assertRefused(new SchemeDetails("Leeds PCSOs", UUID.randomUUID(), BigDecimal.TEN, null, 1, null, APRIL_2011,
                APRIL_2011.minusDays(1), null, null), "periodTo");
        details("100", null, 0, null).check();
    }

    @Test
    void anAttachmentOverlapsAnotherWhenTheyShareADay() {
        var open = new PatrolAttachment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                AttachmentRole.DESIGNATED, APRIL_2011, null);
        var closed = new PatrolAttachment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                AttachmentRole.DESIGNATED, APRIL_2011, APRIL_2011.plusDays(30));
        assertThat(open.overlaps(APRIL_2011.minusYears(1), APRIL_2011)).isTrue();
        assertThat(open.overlaps(APRIL_2011.minusYears(1), APRIL_2011.minusDays(1))).isFalse();
        assertThat(closed.overlaps(APRIL_2011.plusDays(30), null)).isTrue();
        assertThat(closed.overlaps(APRIL_2011.plusDays(31), null)).isFalse();
        assertThat(closed.holdsOn(APRIL_2011.plusDays(30))).isTrue();
        assertThat(closed.holdsOn(APRIL_2011.plusDays(31))).isFalse();
    }

    private static void assertRefused(SchemeDetails details, String field) {
        assertThatThrownBy(details::check).isInstanceOf(WorkforceChangeRefused.class)
                .extracting(refused -> ((WorkforceChangeRefused) refused).field()).isEqualTo(field);
    }
}
