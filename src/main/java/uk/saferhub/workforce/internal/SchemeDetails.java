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
            throw new WorkforceChangeRefused("name", "Enter the name of the scheme");
        }
        if (name.length() > 200) {
            throw new WorkforceChangeRefused("name", "The name must be 200 characters or fewer");
        }
        if (funderId == null) {
            throw new WorkforceChangeRefused("funderId", "Choose the organisation that funds the scheme");
        }
        if (sharePercent == null && shareAmount == null) {
            throw new WorkforceChangeRefused("sharePercent",
                    "Enter the funder's share as a percentage of each post or as an amount a post");
        }
        if (sharePercent != null && shareAmount != null) {
            throw new WorkforceChangeRefused("sharePercent", "Give the share as a percentage or an amount, not both");
        }
        if (sharePercent != null && (sharePercent.signum() <= 0 || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new WorkforceChangeRefused("sharePercent", "The share must be more than 0% and no more than 100%");
        }
        if (sharePercent != null && sharePercent.stripTrailingZeros().scale() > 2) {
            throw new WorkforceChangeRefused("sharePercent", "Give the share to no more than 2 decimal places");
        }
        money("shareAmount", shareAmount, "The amount a post");
        money("costPerPost", costPerPost, "The cost of a post");
        if (shareAmount != null && costPerPost != null && shareAmount.compareTo(costPerPost) > 0) {
            throw new WorkforceChangeRefused("shareAmount",
                    "The amount a post cannot be more than the cost of a post: that would be a share over 100%");
        }
        if (posts < 0) {
            throw new WorkforceChangeRefused("posts", "The number of posts cannot be negative");
        }
        if (posts > 100_000) {
            throw new WorkforceChangeRefused("posts", "The number of posts must be 100,000 or fewer");
        }
        if (periodFrom == null) {
            throw new WorkforceChangeRefused("periodFrom", "Enter the date the scheme starts");
        }
        if (periodTo != null && periodTo.isBefore(periodFrom)) {
            throw new WorkforceChangeRefused("periodTo", "The scheme must end on or after the date it starts");
        }
        if (conditions != null && conditions.length() > 4000) {
            throw new WorkforceChangeRefused("conditions", "The conditions must be 4000 characters or fewer");
        }
    }

    private static void money(String field, BigDecimal amount, String what) {
        if (amount == null) {
            return;
        }
        if (amount.signum() <= 0) {
            throw new WorkforceChangeRefused(field, what + " must be more than £0");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new WorkforceChangeRefused(field, what + " must be in pounds and pence");
        }
        if (amount.compareTo(new BigDecimal("9999999999.99")) > 0) {
            throw new WorkforceChangeRefused(field, what + " is too large");
        }
    }
}
