package uk.saferhub.partnership;

import java.time.LocalDate;
import java.util.UUID;

/** What a coordinator states about a seat when adding or changing it. */
public record MembershipDetails(UUID personId, UUID representingOrganisationId, BodyId representingBodyId,
        MembershipRole role, LocalDate from, LocalDate to) {
}
