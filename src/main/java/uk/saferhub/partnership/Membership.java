package uk.saferhub.partnership;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's seat on a body, representing an organisation or another body (a CSP's representative on the county
 * officers' group), from a date and, when it has ended, to a date.
 */
public record Membership(UUID id, BodyId bodyId, UUID personId, UUID representingOrganisationId,
        BodyId representingBodyId, MembershipRole role, LocalDate from, LocalDate to) {

    /** Whether the two periods share at least one day; an open end runs for ever. */
    public boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        boolean startsBeforeOtherEnds = otherTo == null || !from.isAfter(otherTo);
        boolean otherStartsBeforeThisEnds = to == null || !otherFrom.isAfter(to);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public boolean currentOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
