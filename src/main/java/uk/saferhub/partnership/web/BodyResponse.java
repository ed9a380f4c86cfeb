package uk.saferhub.partnership.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.saferhub.partnership.Body;
import uk.saferhub.partnership.internal.Governance;
import uk.saferhub.partnership.Membership;
import uk.saferhub.partnership.internal.Relation;

/** A body in the API; relations, governance and memberships only on the single-body endpoint. */
record BodyResponse(UUID id, String name, String type, String tier, String areaCovered, boolean statutory,
        String statutoryBasis, String purpose, UUID owningOrganisationId, String handlingLevel, List<String> themes,
        List<String> leadsOn, List<RelationResponse> relations, GovernanceResponse governance,
        List<MembershipResponse> memberships) {

    static BodyResponse summary(Body body) {
        return of(body, null, null, null);
    }

    static BodyResponse of(Body body, List<Relation> relations, Governance governance, List<Membership> seats) {
        return new BodyResponse(body.id().value(), body.name(), body.type().name(), body.tier().name(),
                body.areaCovered(), body.statutory(), body.statutoryBasis(), body.purpose(),
                body.owningOrganisationId(), body.handlingLevel().name(),
                body.themes().stream().map(theme -> theme.theme()).toList(), body.leads(),
                relations == null ? null : relations.stream().map(r -> new RelationResponse(r.from().value(),
                        r.to().value(), r.kind().name())).toList(),
                governance == null ? null : new GovernanceResponse(governance.termsOfReference(),
                        governance.chairPersonId(), governance.quorum(), governance.meetingFrequency(),
                        governance.lastReviewed()),
                seats == null ? null : seats.stream().map(m -> new MembershipResponse(m.id(), m.personId(),
                        m.representingOrganisationId(),
                        m.representingBodyId() == null ? null : m.representingBodyId().value(), m.role().name(),
                        m.from(), m.to())).toList());
    }

    /** A line from one body to another. */
    record RelationResponse(UUID from, UUID to, String kind) {
    }

    /** A body's governance arrangements. */
    record GovernanceResponse(String termsOfReference, UUID chairPersonId, Integer quorum, String meetingFrequency,
            LocalDate lastReviewed) {
    }

    /** A seat on the body. */
    record MembershipResponse(UUID id, UUID personId, UUID representingOrganisationId, UUID representingBodyId,
            String role, LocalDate from, LocalDate to) {
    }
}
