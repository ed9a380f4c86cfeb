package uk.saferhub.partnership.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A body's governance arrangements: terms of reference, chair (a directory person), quorum, frequency, review. */
public record Governance(String termsOfReference, UUID chairPersonId, Integer quorum, String meetingFrequency,
        LocalDate lastReviewed) {

    /** Reviewed more than twelve months before {@code today}, or never. */
    public boolean overdueForReview(LocalDate today) {
        return lastReviewed == null || lastReviewed.isBefore(today.minusMonths(12));
    }
}
