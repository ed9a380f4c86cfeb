package uk.saferhub.workforce.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;
import uk.saferhub.shared.access.Restricted;

/**
 * A scheme through which a funder (a county, district, parish or town council) pays a share of a number of PCSO posts,
 * for example Leeds City Council's 30% of 170 posts. It belongs to its funder and is seen by the funder's partners.
 *
 * @param sharePercent the funder's share of each post, more than 0 and at most 100; or null when given as an amount
 * @param shareAmount the amount the funder pays for each post a year; or null when given as a percentage
 * @param costPerPost what a post costs a year, when known
 */
public record FundingScheme(UUID id, String name, UUID funderId, BigDecimal sharePercent, BigDecimal shareAmount,
        int posts, BigDecimal costPerPost, LocalDate periodFrom, LocalDate periodTo, String conditions,
        HandlingLevel handlingLevel) implements Restricted {

    public static FundingScheme of(UUID id, SchemeDetails details) {
        return new FundingScheme(id, details.name(), details.funderId(), details.sharePercent(),
                details.shareAmount(), details.posts(), details.costPerPost(), details.periodFrom(),
                details.periodTo(), details.conditions(), details.handlingLevel());
    }

    public SchemeDetails details() {
        return new SchemeDetails(name, funderId, sharePercent, shareAmount, posts, costPerPost, periodFrom, periodTo,
                conditions, handlingLevel);
    }

    /** What the funder pays a year: posts × cost of a post × share, or posts × amount a post; empty when unknown. */
    public Optional<BigDecimal> costToFunder() {
        if (shareAmount != null) {
            return Optional.of(shareAmount.multiply(BigDecimal.valueOf(posts)).setScale(2, RoundingMode.HALF_UP));
        }
        if (costPerPost == null) {
            return Optional.empty();
        }
        return Optional.of(costPerPost.multiply(BigDecimal.valueOf(posts)).multiply(sharePercent)
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
    }

    /** What all the posts cost a year, when the cost of a post is known. */
    public Optional<BigDecimal> costOfPosts() {
        return Optional.ofNullable(costPerPost)
                .map(cost -> cost.multiply(BigDecimal.valueOf(posts)).setScale(2, RoundingMode.HALF_UP));
    }

    /** The share as a percentage: given, or worked out from the amount and the cost of a post when both are known. */
    public Optional<BigDecimal> effectiveSharePercent() {
        if (sharePercent != null) {
            return Optional.of(tidy(sharePercent));
        }
        if (costPerPost == null) {
            return Optional.empty();
        }
        return Optional.of(tidy(shareAmount.multiply(BigDecimal.valueOf(100))
                .divide(costPerPost, 2, RoundingMode.HALF_UP)));
    }

    /** Posts paid for in full equivalent: 30% of 170 posts is 51; empty when the share is unknown as a percentage. */
    public Optional<BigDecimal> fullPostsEquivalent() {
        return effectiveSharePercent().map(percent -> tidy(percent.multiply(BigDecimal.valueOf(posts))
                .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP)));
    }

    /** Without trailing zeros, but never in exponent form (30, not 3E+1). */
    private static BigDecimal tidy(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Whether the scheme runs on the given day. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(periodFrom) && (periodTo == null || !day.isAfter(periodTo));
    }

    @Override
    public UUID owningOrganisationId() {
        return funderId;
    }

    @Override
    public String recordType() {
        return "workforce-scheme";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
