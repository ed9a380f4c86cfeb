package uk.saferhub.documents.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import uk.saferhub.documents.Document;
import uk.saferhub.documents.Pilot;
import uk.saferhub.documents.Rollout;
import uk.saferhub.documents.ServiceAgreement;

/**
 * A service agreement in the API: what it delivers (null fields until described), its pilots with their evaluated
 * results and the areas it was rolled out to.
 */
record AgreementResponse(UUID documentId, String title, String status, String councilService, String powers,
        String deliveringRole, String duties, String referral, String trainingRequired, OffsetDateTime updatedAt,
        List<PilotResponse> pilots, List<RolloutResponse> rollouts) {

    record PilotResponse(UUID id, UUID placeId, String place, LocalDate startsOn, LocalDate endsOn,
            String evaluationCriteria, LocalDate evaluatedOn, String evaluationResult, Boolean successful) {

        static PilotResponse of(Pilot p) {
            return new PilotResponse(p.id(), p.placeId(), p.placeName(), p.startsOn(), p.endsOn(),
                    p.evaluationCriteria(), p.evaluatedOn(), p.evaluationResult(), p.successful());
        }
    }

    record RolloutResponse(UUID placeId, String place, LocalDate fromOn, OffsetDateTime recordedAt,
            String recordedBy) {

        static RolloutResponse of(Rollout r) {
            return new RolloutResponse(r.placeId(), r.placeName(), r.fromOn(), r.recordedAt().atOffset(ZoneOffset.UTC),
                    r.recordedBy());
        }
    }

    static AgreementResponse of(Document document, ServiceAgreement agreement, List<Pilot> pilots,
            List<Rollout> rollouts) {
        boolean described = agreement != null;
        return new AgreementResponse(document.id(), document.title(), document.status().name(),
                described ? agreement.councilService() : null, described ? agreement.powers() : null,
                described ? agreement.deliveringRole() : null, described ? agreement.duties() : null,
                described ? agreement.referral() : null, described ? agreement.trainingRequired() : null,
                described ? agreement.updatedAt().atOffset(ZoneOffset.UTC) : null,
                pilots.stream().map(PilotResponse::of).toList(), rollouts.stream().map(RolloutResponse::of).toList());
    }
}
