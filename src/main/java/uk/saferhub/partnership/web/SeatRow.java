package uk.saferhub.partnership.web;

import java.time.LocalDate;
import java.util.UUID;

import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.MembershipRole;

/** A seat as the pages show it: names resolved for the reader (the role is named by the template). */
record SeatRow(UUID id, UUID bodyId, String body, UUID personId, String person, MembershipRole role, String representing,
        LocalDate from, LocalDate to, boolean current, boolean personShown) {

    static SeatRow of(Membership m, Names.Lookup names, LocalDate today) {
        String representing = m.representingBodyId() != null ? names.body(m.representingBodyId())
                : names.organisation(m.representingOrganisationId());
        return new SeatRow(m.id(), m.bodyId().value(), names.body(m.bodyId()), m.personId(),
                names.person(m.personId()), m.role(), representing, m.from(), m.to(), m.currentOn(today),
                names.shows(m.personId()));
    }
}
