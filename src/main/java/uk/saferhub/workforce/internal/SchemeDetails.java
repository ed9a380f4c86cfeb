package uk.saferhub.workforce.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import uk.saferhub.shared.access.HandlingLevel;

/**
 * What a funding scheme says: who funds how many posts, their share of each post as a percentage or as an amount a
 * post a year, the cost of a post when known, the period and any conditions. A null handling level is PARTNERSHIP.
 */
public record SchemeDetails(String name, UUID funderId, BigDecimal sharePercent, BigDecimal shareAmount, int posts,
        BigDecimal costPerPost, LocalDate periodFrom, LocalDate periodTo, String conditions,
        HandlingLevel handlingLevel) {

    public SchemeDetails {
        name = name == null ? null : name.strip();
        conditions = conditions == null || conditions.isBlank() ? null : conditions.strip();
        handlingLevel = handlingLevel == null ? HandlingLevel.PARTNERSHIP : handlingLevel;
    }

    /** Refuses details that break a scheme's own rules (the funder and the name are checked by the editor). */
    void check() {
        if (name == null || name.isEmpty()) {
            throw new WorkforceChangeRefused("name", "workforce.scheme.name.required");
        }
        if (name.length() > 200) {
            throw new WorkforceChangeRefused("name", "workforce.scheme.name.tooLong");
        }
        if (funderId == null) {
            throw new WorkforceChangeRefused("funderId", "workforce.scheme.funderId.required");
        }
        if (sharePercent == null && shareAmount == null) {
            throw new WorkforceChangeRefused("sharePercent", "workforce.scheme.sharePercent.required");
        }
        if (sharePercent != null && shareAmount != null) {
            throw new WorkforceChangeRefused("sharePercent", "workforce.scheme.sharePercent.both");
        }
        if (sharePercent != null && (sharePercent.signum() <= 0 || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new WorkforceChangeRefused("sharePercent", "workforce.scheme.sharePercent.range");
        }
        if (sharePercent != null && sharePercent.stripTrailingZeros().scale() > 2) {
            throw new WorkforceChangeRefused("sharePercent", "workforce.scheme.sharePercent.decimals");
        }
        money("shareAmount", shareAmount);
        money("costPerPost", costPerPost);
        if (shareAmount != null && costPerPost != null && shareAmount.compareTo(costPerPost) > 0) {
            throw new WorkforceChangeRefused("shareAmount", "workforce.scheme.shareAmount.overCost");
        }
        if (posts < 0) {
            throw new WorkforceChangeRefused("posts", "workforce.scheme.posts.negative");
        }
        if (posts > 100_000) {
            throw new WorkforceChangeRefused("posts", "workforce.scheme.posts.tooMany");
        }
        if (periodFrom == null) {
            throw new WorkforceChangeRefused("periodFrom", "workforce.scheme.periodFrom.required");
        }
        if (periodTo != null && periodTo.isBefore(periodFrom)) {
            throw new WorkforceChangeRefused("periodTo", "workforce.scheme.periodTo.beforeFrom");
        }
        if (conditions != null && conditions.length() > 4000) {
            throw new WorkforceChangeRefused("conditions", "workforce.scheme.conditions.tooLong");
        }
    }

    /** Refuses an amount of money in the words of the messages workforce.scheme.{field}.notPositive and so on. */
    private static void money(String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() <= 0) {
            throw new WorkforceChangeRefused(field, "workforce.scheme." + field + ".notPositive");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new WorkforceChangeRefused(field, "workforce.scheme." + field + ".notPence");
        }
        if (amount.compareTo(new BigDecimal("9999999999.99")) > 0) {
            throw new WorkforceChangeRefused(field, "workforce.scheme." + field + ".tooLarge");
        }
    }
}
