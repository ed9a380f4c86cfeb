package uk.saferhub.documents;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.saferhub.geography.Place;

/**
 * The service agreements as a layer on the geography: for each ward of a place, whether each agreement is piloted,
 * in force or not yet there.
 */
public record AgreementLayer(Place place, List<Document> agreements, List<Place> wards,
        Map<UUID, Map<UUID, AreaStage>> stageByAgreementAndWard) {

    public AreaStage stage(UUID agreementId, UUID wardId) {
        return stageByAgreementAndWard.getOrDefault(agreementId, Map.of()).getOrDefault(wardId, AreaStage.NOT_YET);
    }

    /** How many of the wards are at the stage for the agreement. */
    public long count(UUID agreementId, AreaStage stage) {
        return wards.stream().filter(w -> stage(agreementId, w.id()) == stage).count();
    }
}
